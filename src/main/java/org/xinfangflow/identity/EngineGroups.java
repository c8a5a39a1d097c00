package org.xinfangflow.identity;

import java.util.Locale;

/**
 * 流程引擎用户组 — how the application's roles and units appear as groups to the Camunda engine, its
 * web applications and its REST API. The BPMN model names the work groups ({@code ${unit}},
 * {@code ${unit}-head}, {@code clerk}, {@code reviewer}); authorizations name the scope groups.
 */
public final class EngineGroups {

  /** Camunda's own administrators' group: every permission in Cockpit, Tasklist and Admin. */
  public static final String ADMINISTRATORS = "camunda-admin";

  private static final String SCOPE_PREFIX = "scope:";

  private EngineGroups() {
  }

  /** The group of everyone holding a role, e.g. {@code clerk}: candidates for that role's tasks. */
  public static String role(Role role) {
    return role.name().toLowerCase(Locale.ROOT);
  }

  /** The work group of a unit's staff (handlers and heads of the unit or a unit above it). */
  public static String unit(String unitCode) {
    return unitCode;
  }

  /** The heads of a unit (and of the units above it): candidates to sign its replies. */
  public static String heads(String unitCode) {
    return unitCode + "-head";
  }

  /** Everyone whose data scope covers a unit's matters: granted read on the matters it handles. */
  public static String scope(String unitCode) {
    return SCOPE_PREFIX + unitCode;
  }
}
