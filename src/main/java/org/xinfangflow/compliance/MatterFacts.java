package org.xinfangflow.compliance;

import java.time.LocalDate;
import java.util.List;
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
    return matter.deadlines().stream()
        .filter(d -> matter.deadlines().stream().noneMatch(later -> later.step() == d.step()
            && matter.deadlines().indexOf(later) > matter.deadlines().indexOf(d)))
        .toList();
  }

  List<TimelineEntry> timeline(String kind) {
    return matter.timeline().stream().filter(entry -> kind.equals(entry.kind())).toList();
  }

  boolean accepted() {
    return !timeline("受理").isEmpty();
  }
}
