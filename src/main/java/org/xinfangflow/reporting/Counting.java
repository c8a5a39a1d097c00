package org.xinfangflow.reporting;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * 计入情况 — the figures one matter (or one sponsored case) counts in: those whose numerator and those whose
 * denominator it is in (definitions in {@link ReportFigure}, examples in docs/reporting.md). The tallies of a
 * report add these up, and the exports list them per matter, so the two cannot disagree. A limit counts as
 * missed once its last day is before {@code asOf}, the day the report is made.
 */
record Counting(Set<ReportFigure> numerator, Set<ReportFigure> denominator) {

  private static final Set<String> SATISFIED = Set.of("SATISFIED", "BASICALLY_SATISFIED");
  private static final Set<String> HAS_LEGAL_CHANNEL = Set.of("CLAIM_LEGAL_CHANNEL", "LITIGATION");

  static Counting of(MatterFact m, LocalDate asOf) {
    Counting counting = new Counting(EnumSet.noneOf(ReportFigure.class), EnumSet.noneOf(ReportFigure.class));
    counting.acceptance(m, asOf);
    counting.completion(m, asOf);
    boolean satisfied = m.evaluation() != null && SATISFIED.contains(m.evaluation());
    if (m.evaluation() != null) {
      counting.count(ReportFigure.SATISFACTION, satisfied);
      counting.count(ReportFigure.PARTICIPATION, true);
    } else if (m.evaluationExpired()) {
      counting.count(ReportFigure.PARTICIPATION, false);
    }
    counting.count(ReportFigure.REPEAT_RATE, m.repeatOf() != null);
    if (m.repeatOf() == null && m.concludedOn() != null) {
      counting.count(ReportFigure.FIRST_TIME_RESOLUTION,
          m.repeatCount() == 0 && m.reviewRequestedOn() == null && satisfied);
    }
    if (m.classification() != null && HAS_LEGAL_CHANNEL.contains(m.classification())) {
      counting.count(ReportFigure.ROUTING_RATE, "ROUTED".equals(m.route()));
    }
    return counting;
  }

  /**
   * What a matter counts in whatever day the report is made: as {@link #of(MatterFact, LocalDate)}, less a
   * limit missed by a matter still waiting (that depends on the day). What the running totals keep.
   */
  static Counting settled(MatterFact m) {
    return of(m, LocalDate.MIN);
  }

  /** A sponsored case is in the denominator of 化解率, and in its numerator once it has an outcome. */
  static Counting of(SponsorshipFact s) {
    Counting counting = new Counting(EnumSet.noneOf(ReportFigure.class), EnumSet.noneOf(ReportFigure.class));
    counting.count(ReportFigure.SPONSORED_RESOLUTION, s.outcome() != null);
    return counting;
  }

  boolean inNumerator(ReportFigure figure) {
    return numerator.contains(figure);
  }

  boolean inDenominator(ReportFigure figure) {
    return denominator.contains(figure);
  }

  /** 及时受理: a written notice (acceptance or not) given within its limit, where one is owed (Art. 23). */
  private void acceptance(MatterFact m, LocalDate asOf) {
    if (!m.noticeOwed() || m.acceptanceDecision() == null || m.acceptanceDue() == null) {
      return;
    }
    boolean decided = "ACCEPT".equals(m.acceptanceDecision()) || "NOT_ACCEPT".equals(m.acceptanceDecision());
    if (decided && m.notifiedOn() != null) {
      count(ReportFigure.TIMELY_ACCEPTANCE, !m.notifiedOn().isAfter(m.acceptanceDue()));
    } else if ("PENDING".equals(m.acceptanceDecision()) && m.acceptanceDue().isBefore(asOf)) {
      count(ReportFigure.TIMELY_ACCEPTANCE, false);
    }
  }

  /** 按期办结: the reply delivered by the last day of the (extended) handling limit (Art. 34). */
  private void completion(MatterFact m, LocalDate asOf) {
    if (m.handlingDue() == null) {
      return;
    }
    if (m.concludedOn() != null) {
      count(ReportFigure.ON_TIME_COMPLETION, !m.concludedOn().isAfter(m.handlingDue()));
    } else if (m.handlingDue().isBefore(asOf)) {
      count(ReportFigure.ON_TIME_COMPLETION, false);
    }
  }

  private void count(ReportFigure figure, boolean inNumerator) {
    denominator.add(figure);
    if (inNumerator) {
      numerator.add(figure);
    }
  }
}
