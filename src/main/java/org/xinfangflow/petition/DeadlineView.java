package org.xinfangflow.petition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline as the API shows it: {@code due} is the last day; {@code met} when it was met;
 * {@code overdue} once the last day has passed unmet; {@code expired} for a window that ran out;
 * {@code target} the jurisdiction's stricter local target, if its policy profile sets one.
 */
public record DeadlineView(ClockStep step, LocalDate start, LocalDate due, String rule, String article,
    String explanation, boolean overdue, boolean warned, boolean expired, Instant met, int extensionDays,
    int pausedDays, TargetView target) {

  /** 本地目标 — the local target's last day and rule; {@code missed} once it passed unmet or was met late. */
  public record TargetView(LocalDate due, String rule, String explanation, boolean missed) {
  }
}
