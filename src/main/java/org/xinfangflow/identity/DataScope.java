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

  /**
   * Art. 30: the accused units whose accusations this user must never see — their own unit and every
   * unit above it (an accusation against a unit is hidden from it and from all its sub-units).
   */
  @Transactional(readOnly = true)
  public Set<String> accusedUnitsHiddenFrom(CurrentUser user) {
    if (!isUnitStaff(user) || user.unitCode() == null) {
      return Set.of();
    }
    return ancestorsAndSelf(user.unitCode());
  }

  /** Whether an accusation against this unit must be hidden from the user (Art. 30). */
  @Transactional(readOnly = true)
  public boolean isAccused(CurrentUser user, String accusedUnit) {
    return accusedUnit != null && accusedUnitsHiddenFrom(user).contains(accusedUnit);
  }

  /** Whether the unit is the other one or lies under it. */
  @Transactional(readOnly = true)
  public boolean isWithin(String unit, String other) {
    return ancestorsAndSelf(unit).contains(other);
  }

  private Set<String> ancestorsAndSelf(String code) {
    Map<String, String> parents = new HashMap<>();
    units.findAll().forEach(unit -> parents.put(unit.getCode(), unit.getParentCode()));
    Set<String> result = new LinkedHashSet<>();
    String current = code;
    while (current != null && result.add(current)) {
      current = parents.get(current);
    }
    return result;
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
