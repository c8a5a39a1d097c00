package org.xinfangflow.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 时限 — one clock of a matter: computed once, stored with its explanation, met or late. */
@Entity
@Table(name = "petition_deadline")
class PetitionDeadline {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "petition_id", nullable = false)
  private Long petitionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClockStep step;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(nullable = false)
  private LocalDate due;

  @Column(nullable = false)
  private String rule;

  @Column(nullable = false)
  private String article;

  @Column(nullable = false, length = 2000)
  private String explanation;

  @Column(name = "extension_days", nullable = false)
  private int extensionDays;

  @Column(name = "paused_days", nullable = false)
  private int pausedDays;

  @Column(name = "warn_at", nullable = false)
  private Instant warnAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  private boolean warned;

  private boolean overdue;

  private boolean expired;

  @Column(name = "met_at")
  private Instant metAt;

  protected PetitionDeadline() {
  }

  PetitionDeadline(Long petitionId, DeadlineSpec spec) {
    this.petitionId = petitionId;
    this.step = spec.step();
    this.startDate = spec.start();
    apply(spec);
  }

  void apply(DeadlineSpec spec) {
    this.due = spec.due();
    this.rule = spec.rule();
    this.article = spec.article();
    this.explanation = spec.explanation();
    this.extensionDays = spec.extensionDays();
    this.pausedDays = spec.pausedDays();
    this.warnAt = spec.warnAt();
    this.endsAt = spec.endsAt();
  }

  boolean isOpen() {
    return metAt == null && !expired;
  }

  void meet(Instant at) {
    this.metAt = at;
  }

  void markWarned() {
    this.warned = true;
  }

  void markOverdue() {
    this.overdue = true;
  }

  void markExpired() {
    this.expired = true;
  }

  DeadlineView view() {
    return new DeadlineView(step, startDate, due, rule, article, explanation, overdue, warned, expired, metAt,
        extensionDays, pausedDays);
  }

  ClockStep getStep() {
    return step;
  }

  Long getId() {
    return id;
  }
}
