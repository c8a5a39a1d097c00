package org.xinfangflow.compliance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinfangflow.petition.ClockStep;
import org.xinfangflow.petition.DeadlineView;
import org.xinfangflow.petition.PetitionDetail;
import org.xinfangflow.petition.TimelineEntry;

/**
 * What the rules read of a matter: its detail (no personal data is used), the registering unit, the
 * earlier matters of the same petitioners in the same category, and today (Beijing).
 */
record MatterFacts(PetitionDetail matter, String registeredUnit, List<String> finalEarlier,
    List<String> inProgressEarlier, LocalDate today) {

  String number() {
    return matter.number();
  }

  /** The latest clock of each step (a step's clock may start again after an objection). */
  List<DeadlineView> latestDeadlines() {
    Map<ClockStep, DeadlineView> latest = new LinkedHashMap<>();
    matter.deadlines().forEach(deadline -> latest.put(deadline.step(), deadline));
    return List.copyOf(latest.values());
  }

  List<TimelineEntry> timeline(String kind) {
    return matter.timeline().stream().filter(entry -> kind.equals(entry.kind())).toList();
  }

  boolean accepted() {
    return !timeline("受理").isEmpty();
  }
}
