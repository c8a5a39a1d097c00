package org.xinfangflow.reporting;

import java.time.LocalDate;

/**
 * Adds up matter and sponsorship facts into the figures of DOMAIN.md §6: where each one counts is decided by
 * {@link Counting} (definitions in {@link ReportFigure}, examples in docs/reporting.md). A limit counts as
 * missed once its last day is before {@code asOf}, the day the report is made: a matter still waiting past
 * its limit is in the denominator, not the numerator.
 */
final class Tally {

  private static final int FIGURES = ReportFigure.values().length;

  private final LocalDate asOf;
  private long registered;
  private final long[] numerators = new long[FIGURES];
  private final long[] denominators = new long[FIGURES];

  Tally(LocalDate asOf) {
    this.asOf = asOf;
  }

  void add(MatterFact m) {
    addMatter(Counting.of(m, asOf));
  }

  /** A registered matter, where it counts already known (computed once for all the tallies it is in). */
  void addMatter(Counting counting) {
    registered++;
    add(counting);
  }

  void add(SponsorshipFact s) {
    add(Counting.of(s));
  }

  /** A group of facts the database has counted (FactQueries): as many matters, where each counted added up. */
  void add(Counts counts) {
    registered += counts.registered();
    for (int i = 0; i < FIGURES; i++) {
      numerators[i] += counts.numerators()[i];
      denominators[i] += counts.denominators()[i];
    }
  }

  /**
   * What {@link Counting} would add up over a group of facts, as the database sums it: how many matters were
   * registered, and each figure's numerator and denominator (by {@link ReportFigure#ordinal()}).
   */
  record Counts(long registered, long[] numerators, long[] denominators) {

    /** Counts to be filled in, figure by figure. */
    static Counts of(long registered) {
      return new Counts(registered, new long[FIGURES], new long[FIGURES]);
    }

    Counts with(ReportFigure figure, long numerator, long denominator) {
      numerators[figure.ordinal()] = numerator;
      denominators[figure.ordinal()] = denominator;
      return this;
    }
  }

  private void add(Counting counting) {
    counting.numerator().forEach(figure -> numerators[figure.ordinal()]++);
    counting.denominator().forEach(figure -> denominators[figure.ordinal()]++);
  }

  long registered() {
    return registered;
  }

  FigureSet figures() {
    Figure[] figures = new Figure[FIGURES];
    for (int i = 0; i < FIGURES; i++) {
      figures[i] = Figure.of(numerators[i], denominators[i]);
    }
    return FigureSet.of(figures);
  }
}
