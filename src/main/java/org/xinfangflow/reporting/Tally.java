package org.xinfangflow.reporting;

import java.time.LocalDate;
import java.util.Set;

/**
 * Counts matter and sponsorship facts into the figures of DOMAIN.md §6 (definitions with examples in
 * docs/reporting.md). A limit counts as missed once its last day is before {@code asOf}, the day the
 * report is made: a matter still waiting past its limit is in the denominator, not the numerator.
 */
final class Tally {

  private static final Set<String> SATISFIED = Set.of("SATISFIED", "BASICALLY_SATISFIED");
  private static final Set<String> HAS_LEGAL_CHANNEL = Set.of("CLAIM_LEGAL_CHANNEL", "LITIGATION");

  private final LocalDate asOf;
  private long registered;
  private long noticeOnTime;
  private long noticeRequired;
  private long concludedOnTime;
  private long concludedOrLate;
  private long satisfied;
  private long evaluated;
  private long evaluationExpired;
  private long repeats;
  private long firstResolved;
  private long firstConcluded;
  private long routed;
  private long withLegalChannel;
  private long sponsorshipsResolved;
  private long sponsorships;

  Tally(LocalDate asOf) {
    this.asOf = asOf;
  }

  void add(MatterFact m) {
    registered++;
    acceptance(m);
    completion(m);
    boolean isSatisfied = m.evaluation() != null && SATISFIED.contains(m.evaluation());
    if (m.evaluation() != null) {
      evaluated++;
      satisfied += isSatisfied ? 1 : 0;
    } else if (m.evaluationExpired()) {
      evaluationExpired++;
    }
    if (m.repeatOf() != null) {
      repeats++;
    } else if (m.concludedOn() != null) {
      firstConcluded++;
      if (m.repeatCount() == 0 && m.reviewRequestedOn() == null && isSatisfied) {
        firstResolved++;
      }
    }
    if (m.classification() != null && HAS_LEGAL_CHANNEL.contains(m.classification())) {
      withLegalChannel++;
      routed += "ROUTED".equals(m.route()) ? 1 : 0;
    }
  }

  void add(SponsorshipFact s) {
    sponsorships++;
    sponsorshipsResolved += s.outcome() != null ? 1 : 0;
  }

  /** Adds a group of facts the database has counted (FactQueries: matter and sponsorship counts). */
  void add(Counts c) {
    registered += c.registered();
    noticeOnTime += c.noticeOnTime();
    noticeRequired += c.noticeRequired();
    concludedOnTime += c.concludedOnTime();
    concludedOrLate += c.concludedOrLate();
    satisfied += c.satisfied();
    evaluated += c.evaluated();
    evaluationExpired += c.evaluationExpired();
    repeats += c.repeats();
    firstResolved += c.firstResolved();
    firstConcluded += c.firstConcluded();
    routed += c.routed();
    withLegalChannel += c.withLegalChannel();
    sponsorshipsResolved += c.sponsorshipsResolved();
    sponsorships += c.sponsorships();
  }

  /** The counters of this class over a group of facts, as {@link FactQueries} reads them from the database. */
  record Counts(long registered, long noticeOnTime, long noticeRequired, long concludedOnTime, long concludedOrLate,
      long satisfied, long evaluated, long evaluationExpired, long repeats, long firstResolved, long firstConcluded,
      long routed, long withLegalChannel, long sponsorshipsResolved, long sponsorships) {
  }

  /** 及时受理: a written notice (acceptance or not) given within its limit, where one is owed (Art. 23). */
  private void acceptance(MatterFact m) {
    if (!m.noticeOwed() || m.acceptanceDecision() == null || m.acceptanceDue() == null) {
      return;
    }
    boolean decided = "ACCEPT".equals(m.acceptanceDecision()) || "NOT_ACCEPT".equals(m.acceptanceDecision());
    if (decided && m.notifiedOn() != null) {
      noticeRequired++;
      noticeOnTime += m.notifiedOn().isAfter(m.acceptanceDue()) ? 0 : 1;
    } else if ("PENDING".equals(m.acceptanceDecision()) && m.acceptanceDue().isBefore(asOf)) {
      noticeRequired++;
    }
  }

  /** 按期办结: the reply delivered by the last day of the (extended) handling limit (Art. 34). */
  private void completion(MatterFact m) {
    if (m.handlingDue() == null) {
      return;
    }
    if (m.concludedOn() != null) {
      concludedOrLate++;
      concludedOnTime += m.concludedOn().isAfter(m.handlingDue()) ? 0 : 1;
    } else if (m.handlingDue().isBefore(asOf)) {
      concludedOrLate++;
    }
  }

  long registered() {
    return registered;
  }

  boolean isEmpty() {
    return registered == 0 && sponsorships == 0;
  }

  FigureSet figures() {
    return new FigureSet(Figure.of(noticeOnTime, noticeRequired), Figure.of(concludedOnTime, concludedOrLate),
        Figure.of(satisfied, evaluated), Figure.of(evaluated, evaluated + evaluationExpired),
        Figure.of(repeats, registered), Figure.of(firstResolved, firstConcluded), Figure.of(routed, withLegalChannel),
        Figure.of(sponsorshipsResolved, sponsorships));
  }
}
