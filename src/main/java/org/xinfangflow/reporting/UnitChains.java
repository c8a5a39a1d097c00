package org.xinfangflow.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinfangflow.identity.UserDirectory;

/** 单位层级, as one report needs it: each unit with the units above it, looked up once per unit. */
final class UnitChains {

  private final UserDirectory directory;
  private final Map<String, List<String>> chains = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  UnitChains(UserDirectory directory) {
    this.directory = directory;
  }

  /** The unit and every unit above it, nearest first; empty for no unit. */
  List<String> upward(String unit) {
    if (unit == null) {
      return List.of();
    }
    return chains.computeIfAbsent(unit, code -> {
      List<String> chain = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      String current = code;
      while (current != null && seen.add(current)) {
        chain.add(current);
        current = directory.parentUnit(current).orElse(null);
      }
      return List.copyOf(chain);
    });
  }

  /** Whether the unit is {@code jurisdiction} or lies under it. */
  boolean within(String unit, String jurisdiction) {
    return upward(unit).contains(jurisdiction);
  }

  /** The units of {@code jurisdiction} (itself and below) a matter counts in: above its handling or registering unit. */
  Set<String> countingUnits(String handlingUnit, String registeringUnit, String jurisdiction) {
    Set<String> units = new LinkedHashSet<>();
    for (String unit : List.of(nullToEmpty(handlingUnit), nullToEmpty(registeringUnit))) {
      if (unit.isEmpty()) {
        continue;
      }
      for (String above : upward(unit)) {
        if (within(above, jurisdiction)) {
          units.add(above);
        }
      }
    }
    return units;
  }

  int depth(String unit) {
    return upward(unit).size();
  }

  String name(String unit) {
    return names.computeIfAbsent(unit, code -> directory.unitName(code).orElse(code));
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
