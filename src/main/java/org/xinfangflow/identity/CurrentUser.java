package org.xinfangflow.identity;

import java.util.Set;

/** 当前用户 — who is acting: name, unit and roles. */
public record CurrentUser(String username, String displayName, String unitCode, Set<Role> roles) {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
