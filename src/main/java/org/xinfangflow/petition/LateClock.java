package org.xinfangflow.petition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 超期时限 — a statutory clock of a matter that ran out before its step was done: which one, when it
 * ended, whether (and when) the step was done after all, and who the matter belongs to.
 */
public record LateClock(long deadlineId, String matterNumber, ClockStep step, LocalDate due, String article,
    Instant endsAt, Instant metAt, String handlingUnit, String registeredUnit) {

  /** The unit answerable for the lateness: the registering bureau for DISPOSE, else the handling unit. */
  public String responsibleUnit() {
    return step == ClockStep.DISPOSE || handlingUnit == null ? registeredUnit : handlingUnit;
  }
}
