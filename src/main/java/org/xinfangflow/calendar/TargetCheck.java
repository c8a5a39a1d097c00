package org.xinfangflow.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 不得放宽法定期限 — whether a local target can ever end later than the statutory limit it tightens
 * (DOMAIN.md §3). The same length in the same days is enough to know; a target counted in other days
 * (working against calendar, or the reverse) is tried from every start day in a range, against the
 * holiday schedule, so a working-day target that a long holiday would stretch past the limit is found.
 */
public final class TargetCheck {

  private final PeriodCalculator calculator;

  public TargetCheck(PeriodCalculator calculator) {
    this.calculator = calculator;
  }

  /** A start day where the target ends after the statutory limit: both last days. */
  public record Loosening(LocalDate start, LocalDate targetDue, LocalDate statutoryDue) {
  }

  /** The first start day in {@code [from, to]} on which the target would end later than the limit, if any. */
  public Optional<Loosening> firstLoosening(PeriodRule statutory, PeriodRule target, LocalDate from, LocalDate to) {
    if (target.count() == statutory.count()) {
      if (target.length() <= statutory.length()) {
        return Optional.empty();
      }
      ComputedDeadline limit = calculator.compute(statutory, from);
      return Optional.of(new Loosening(from, calculator.compute(target, from).due(), limit.due()));
    }
    for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(1)) {
      LocalDate targetDue = calculator.compute(target, start).due();
      LocalDate statutoryDue = calculator.compute(statutory, start).due();
      if (targetDue.isAfter(statutoryDue)) {
        return Optional.of(new Loosening(start, targetDue, statutoryDue));
      }
    }
    return Optional.empty();
  }
}
