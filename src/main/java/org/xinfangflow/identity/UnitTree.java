package org.xinfangflow.identity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** 单位层级 — a snapshot of the unit hierarchy: who lies under whom. */
final class UnitTree {

  private final Map<String, String> parents = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();

  UnitTree(Iterable<OrgUnit> units) {
    units.forEach(unit -> {
      parents.put(unit.getCode(), unit.getParentCode());
      if (unit.getParentCode() != null) {
        children.computeIfAbsent(unit.getParentCode(), k -> new ArrayList<>()).add(unit.getCode());
      }
    });
  }

  /** The unit and every unit under it. */
  Set<String> subtree(String root) {
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

  /** The unit and every unit above it. */
  Set<String> ancestorsAndSelf(String code) {
    Set<String> result = new LinkedHashSet<>();
    String current = code;
    while (current != null && result.add(current)) {
      current = parents.get(current);
    }
    return result;
  }
}
