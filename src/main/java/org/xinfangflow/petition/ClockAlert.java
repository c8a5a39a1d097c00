package org.xinfangflow.petition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 预警 / 超期 — one running clock of a matter as supervision sees it: the matter, the step now open
 * ({@code node}), the clock, the unit that answers for it, the statutory last day and the local target's
 * (if the jurisdiction sets one), and the matter's fast-track flag.
 */
public record ClockAlert(Long clockId, String number, String title, PetitionStatus status, String node,
    boolean fastTrack, ClockStep step, String responsibleUnit, LocalDate due, Instant endsAt, String rule,
    String article, LocalDate targetDue, Instant targetEndsAt, String targetRule) {

  static ClockAlert of(AlertRow row) {
    return new ClockAlert(row.deadlineId(), row.number(), row.title(), row.status(), row.currentStep(),
        row.fastTrack(), row.step(), row.responsibleUnit(), row.due(), row.endsAt(), row.rule(), row.article(),
        row.targetDue(), row.targetEndsAt(), row.targetRule());
  }
}
