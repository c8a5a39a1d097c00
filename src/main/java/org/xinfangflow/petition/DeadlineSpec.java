package org.xinfangflow.petition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A computed deadline handed to the aggregate for storage (computed by the calendar module), with the
 * jurisdiction's local target when its policy profile sets one ({@code target} may be null).
 */
public record DeadlineSpec(ClockStep step, LocalDate start, LocalDate due, String rule, String article,
    String explanation, int extensionDays, int pausedDays, Instant warnAt, Instant endsAt, LocalTargetSpec target) {

  public DeadlineSpec {
    if (target != null && target.endsAt().isAfter(endsAt)) {
      throw new IllegalArgumentException("A local target may not end after the statutory limit");
    }
  }
}
