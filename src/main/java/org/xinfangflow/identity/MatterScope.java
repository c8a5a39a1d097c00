package org.xinfangflow.identity;

import java.util.Set;

/**
 * 数据范围 of one user over matters: unlimited (administrators), or the units whose matters they see —
 * matters handled by one of {@code handlingUnits}, or registered by one of {@code registeringUnits}.
 */
public record MatterScope(boolean unlimited, Set<String> handlingUnits, Set<String> registeringUnits) {

  public MatterScope {
    handlingUnits = Set.copyOf(handlingUnits);
    registeringUnits = Set.copyOf(registeringUnits);
  }

  static MatterScope everything() {
    return new MatterScope(true, Set.of(), Set.of());
  }

  /** Whether a matter handled by {@code handlingUnit} (null: none yet) and registered by the other is in scope. */
  public boolean covers(String handlingUnit, String registeringUnit) {
    return unlimited || handlingUnit != null && handlingUnits.contains(handlingUnit)
        || registeringUnit != null && registeringUnits.contains(registeringUnit);
  }
}
