package org.xinfangflow.identity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据范围 — which matters a user may see and act on. Staff of a responsible unit (handlers, heads,
 * without a bureau role): the matters of their unit and all its sub-units. Bureau roles: all.
 */
@Service
public class DataScope {

  private final OrgUnitRepository units;

  DataScope(OrgUnitRepository units) {
    this.units = units;
  }

  /** The units whose matters the user is limited to; empty when the user is not limited. */
  @Transactional(readOnly = true)
  public Optional<Set<String>> unitsOf(CurrentUser user) {
    if (!isUnitStaff(user)) {
      return Optional.empty();
    }
    return Optional.of(user.unitCode() == null ? Set.of() : subtree(user.unitCode()));
  }

  /** Whether the user may see a matter handled by this unit (null: not yet dispatched). */
  @Transactional(readOnly = true)
  public boolean canSee(CurrentUser user, String unitCode) {
    return unitsOf(user).map(scope -> unitCode != null && scope.contains(unitCode)).orElse(true);
  }

  static boolean isUnitStaff(CurrentUser user) {
    return (user.has(Role.HANDLER) || user.has(Role.HEAD)) && !user.has(Role.CLERK) && !user.has(Role.REVIEWER)
        && !user.has(Role.SUPERVISOR) && !user.has(Role.ADMIN) && !user.has(Role.AUDITOR);
  }

  private Set<String> subtree(String root) {
    Map<String, List<String>> children = new HashMap<>();
    units.findAll().forEach(unit -> {
      if (unit.getParentCode() != null) {
        children.computeIfAbsent(unit.getParentCode(), k -> new java.util.ArrayList<>()).add(unit.getCode());
      }
    });
    Set<String> result = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      String unit = todo.pop();
      if (result.add(unit)) {
        todo.addAll(children.getOrDefault(unit, List.of()));
      }
    }
    return result;
  }
}
