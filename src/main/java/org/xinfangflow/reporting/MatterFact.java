package org.xinfangflow.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 事项事实 — one row of {@code report_matter_fact}: what a figure needs to know of one matter. Dates are
 * Beijing days; {@code acceptanceDue} and {@code handlingDue} are last days (the extension included).
 * {@code acceptanceDecision} is ACCEPT, NOT_ACCEPT, OBJECT, or PENDING while the unit has not decided.
 */
record MatterFact(String number, String processInstanceId, String repeatOf, LocalDate receivedOn, String channel,
    String category, String registeringUnit, String handlingUnit, String classification, String route,
    boolean noticeOwed, String acceptanceDecision, LocalDate acceptanceDue, LocalDate notifiedOn,
    LocalDate handlingDue, int extensionDays, LocalDate concludedOn, String evaluation, boolean evaluationExpired,
    LocalDate reviewRequestedOn, LocalDate reReviewRequestedOn, int repeatCount, String outcome, Instant endedAt) {

  /** The unit the matter is counted under: the responsible unit once dispatched to one, else the registering unit. */
  String unit() {
    return handlingUnit != null ? handlingUnit : registeringUnit;
  }
}
