package org.xinfangflow.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 引擎用户目录 — the application's users and units as the Camunda engine sees them: one place to
 * manage people. Memberships follow the data scope: a user is in the work and scope groups of their
 * unit and of every unit under it, so a grant to a unit's group reaches exactly those who may see it.
 */
@Component
class EngineDirectory {

  static final String TYPE_ROLE = "ROLE";
  static final String TYPE_UNIT = "UNIT";
  static final String TYPE_SCOPE = "SCOPE";
  static final String TYPE_SYSTEM = "SYSTEM";

  private final AppUserRepository users;
  private final OrgUnitRepository units;

  EngineDirectory(AppUserRepository users, OrgUnitRepository units) {
    this.users = users;
    this.units = units;
  }

  /** An enabled user with the groups they belong to. */
  record Account(String id, String displayName, String passwordHash, Set<String> groups) {
  }

  record Group(String id, String name, String type) {
  }

  record Snapshot(List<Account> accounts, List<Group> groups) {
  }

  @Transactional(readOnly = true)
  Snapshot snapshot() {
    List<OrgUnit> allUnits = units.findAll();
    UnitTree tree = new UnitTree(allUnits);
    List<Account> accounts = users.findAll().stream()
        .filter(AppUser::isEnabled)
        .map(user -> new Account(user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
            groupsOf(user.getRoles(), user.getUnitCode(), tree)))
        .toList();
    return new Snapshot(accounts, groups(allUnits));
  }

  static Set<String> groupsOf(Set<Role> roles, String unitCode, UnitTree tree) {
    Set<String> groups = new LinkedHashSet<>();
    roles.forEach(role -> groups.add(EngineGroups.role(role)));
    if (roles.contains(Role.ADMIN)) {
      groups.add(EngineGroups.ADMINISTRATORS);
    }
    if (unitCode == null) {
      return groups;
    }
    boolean unitStaff = roles.contains(Role.HANDLER) || roles.contains(Role.HEAD);
    boolean seesMatters = !EnumSet.of(Role.AUDITOR).containsAll(roles) && !roles.isEmpty();
    for (String unit : tree.subtree(unitCode)) {
      if (unitStaff) {
        groups.add(EngineGroups.unit(unit));
      }
      if (roles.contains(Role.HEAD)) {
        groups.add(EngineGroups.heads(unit));
      }
      if (seesMatters) {
        groups.add(EngineGroups.scope(unit));
      }
    }
    return groups;
  }

  private static List<Group> groups(List<OrgUnit> allUnits) {
    List<Group> groups = new ArrayList<>();
    for (Role role : Role.values()) {
      groups.add(new Group(EngineGroups.role(role), role.label(), TYPE_ROLE));
    }
    groups.add(new Group(EngineGroups.ADMINISTRATORS, "流程引擎管理员", TYPE_SYSTEM));
    for (OrgUnit unit : allUnits) {
      groups.add(new Group(EngineGroups.unit(unit.getCode()), unit.getName(), TYPE_UNIT));
      groups.add(new Group(EngineGroups.heads(unit.getCode()), unit.getName() + "负责人", TYPE_UNIT));
      groups.add(new Group(EngineGroups.scope(unit.getCode()), unit.getName() + "（数据范围）", TYPE_SCOPE));
    }
    return groups;
  }
}
