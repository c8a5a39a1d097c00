package org.xinfangflow.supervision;

import java.time.LocalDate;
import org.xinfangflow.petition.ClockStep;
import org.xinfangflow.petition.PetitionStatus;

/**
 * 预警 / 超期 — one row of the supervisor's page: the matter, the step open now ({@code node}), the clock,
 * the unit that answers for it, both last days, which one is breached or next ({@code clock}: STATUTORY
 * or LOCAL_TARGET), and the days late or left against it.
 */
record AlertView(String number, String title, PetitionStatus status, String node, String nodeLabel, ClockStep step,
    String stepLabel, String unit, LocalDate due, String rule, String article, LocalDate targetDue,
    String targetRule, boolean fastTrack, Breach clock, Integer daysLate, Integer daysLeft, Integer statutoryDaysLeft) {

  /** Which clock the row is about. */
  enum Breach { STATUTORY, LOCAL_TARGET }
}
