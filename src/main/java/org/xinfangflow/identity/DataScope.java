package org.xinfangflow.identity;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据范围 — which matters a user may see and act on. Staff of a responsible unit (handlers, heads,
 * without a bureau role): the matters handled by their unit and all its sub-units. Bureau roles
 * (clerk, reviewer, supervisor, auditor): their jurisdiction — the matters registered or handled by
 * their unit or any unit under it, so a county bureau sees its own, a city bureau its counties' too.
 * Administrators: all.
 */
@Service
public class DataScope {

  private final OrgUnitRepository units;

  DataScope(OrgUnitRepository units) {
    this.units = units;
  }

  /** The matters the user may see. */
  @Transactional(readOnly = true)
  public MatterScope of(CurrentUser user) {
    return of(user, new UnitTree(units.findAll()));
  }

  private static MatterScope of(CurrentUser user, UnitTree tree) {
    if (user.has(Role.ADMIN)) {
      return MatterScope.everything();
    }
    Set<String> units = user.unitCode() == null ? Set.of() : tree.subtree(user.unitCode());
    return isUnitStaff(user) ? new MatterScope(false, units, Set.of()) : new MatterScope(false, units, units);
  }

  /**
   * Who may see a matter handled by this unit (null: not yet dispatched) and registered by the other, as
   * a test of any number of users against one reading of the unit tree (for notifying many at once).
   */
  @Transactional(readOnly = true)
  public Predicate<CurrentUser> whoCanSee(String unitCode, String registeredUnit) {
    UnitTree tree = new UnitTree(units.findAll());
    return user -> of(user, tree).covers(unitCode, registeredUnit);
  }

  /** The units whose handled matters the user is limited to; empty when the user is not limited. */
  @Transactional(readOnly = true)
  public Optional<Set<String>> unitsOf(CurrentUser user) {
    MatterScope scope = of(user);
    return scope.unlimited() ? Optional.empty() : Optional.of(scope.handlingUnits());
  }

  /** Whether the user may see a matter handled by this unit (null: not yet dispatched) and registered by the other. */
  @Transactional(readOnly = true)
  public boolean canSee(CurrentUser user, String unitCode, String registeredUnit) {
    return of(user).covers(unitCode, registeredUnit);
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

  /** Whether the user is staff (handler, head; not a bureau role) of exactly this unit. */
  public boolean isStaffOf(CurrentUser user, String unitCode) {
    return isUnitStaff(user) && unitCode != null && unitCode.equals(user.unitCode());
  }

  /**
   * Whether a matter sent to {@code unit} would reach this person: their own unit, or — for unit
   * staff, who see their sub-units' matters — a unit under it.
   */
  @Transactional(readOnly = true)
  public boolean wouldReach(CurrentUser person, String unit) {
    if (unit == null || person.unitCode() == null) {
      return false;
    }
    return unit.equals(person.unitCode()) || isUnitStaff(person) && isWithin(unit, person.unitCode());
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
    return new UnitTree(units.findAll()).ancestorsAndSelf(code);
  }

  static boolean isUnitStaff(CurrentUser user) {
    return (user.has(Role.HANDLER) || user.has(Role.HEAD)) && !user.has(Role.CLERK) && !user.has(Role.REVIEWER)
        && !user.has(Role.SUPERVISOR) && !user.has(Role.ADMIN) && !user.has(Role.AUDITOR);
  }

}
