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

  @Column(name = "responsible_unit")
  private String responsibleUnit;

  @Column(name = "is_open", nullable = false)
  private boolean open = true;

  /** The earlier of the local target's end and the statutory end. */
  @Column(name = "first_ends_at", nullable = false)
  private Instant firstEndsAt;

  @Column(name = "target_due")
  private LocalDate targetDue;

  @Column(name = "target_ends_at")
  private Instant targetEndsAt;

  @Column(name = "target_warn_at")
  private Instant targetWarnAt;

  @Column(name = "target_rule")
  private String targetRule;

  @Column(name = "target_explanation", length = 2000)
  private String targetExplanation;

  @Column(name = "target_missed", nullable = false)
  private boolean targetMissed;

  @Column(name = "alert_level", nullable = false)
  private int alertLevel;

  @Column(name = "next_alert_at")
  private Instant nextAlertAt;

  /** The matter's handling unit, copied here so that who may see the clock is decided on this row. */
  @Column(name = "handling_unit")
  private String handlingUnit;

  @Column(name = "registering_unit")
  private String registeringUnit;

  @Column(name = "accused_unit")
  private String accusedUnit;

  @Column(name = "names_accused_persons", nullable = false)
  private boolean namesAccusedPersons;

  protected PetitionDeadline() {
  }

  PetitionDeadline(Petition matter, DeadlineSpec spec, String responsibleUnit) {
    this.petitionId = matter.getId();
    this.step = spec.step();
    this.startDate = spec.start();
    this.responsibleUnit = responsibleUnit;
    copyScopeOf(matter);
    apply(spec, Instant.MIN);
  }

  /** Copies the units and accusation that decide who may see the matter (at start and on every dispatch). */
  void copyScopeOf(Petition matter) {
    this.handlingUnit = matter.getUnitCode();
    this.registeringUnit = matter.getRegisteredUnit();
    this.accusedUnit = matter.getAccusedUnit();
    this.namesAccusedPersons = !matter.getAccusedPersons().isEmpty();
  }

  /** New dates (an extension or a hearing moved the clock): alerts not yet reached by {@code now} are re-armed. */
  void apply(DeadlineSpec spec, Instant now) {
    this.due = spec.due();
    this.rule = spec.rule();
    this.article = spec.article();
    this.explanation = spec.explanation();
    this.extensionDays = spec.extensionDays();
    this.pausedDays = spec.pausedDays();
    this.warnAt = spec.warnAt();
    this.endsAt = spec.endsAt();
    LocalTargetSpec target = spec.target();
    this.targetDue = target == null ? null : target.due();
    this.targetEndsAt = target == null ? null : target.endsAt();
    this.targetWarnAt = target == null ? null : target.warnAt();
    this.targetRule = target == null ? null : target.rule();
    this.targetExplanation = target == null ? null : target.explanation();
    this.firstEndsAt = target == null ? endsAt : target.endsAt();
    this.alertLevel = Math.min(alertLevel, levelReachedAt(now).ordinal());
    this.nextAlertAt = nextAlert();
  }

  boolean isOpen() {
    return open;
  }

  void meet(Instant at) {
    this.metAt = at;
    this.targetMissed = targetMissed || targetEndsAt != null && at.isAfter(targetEndsAt);
    close();
  }

  /**
   * The alert this clock has reached by {@code now} beyond the one already raised, if any (the sweep
   * raises only the highest: a clock found both warned and overdue is reported overdue).
   */
  AlertLevel reachedBeyondRaised(Instant now) {
    AlertLevel reached = levelReachedAt(now);
    return open && reached.ordinal() > alertLevel ? reached : AlertLevel.NONE;
  }

  /** Records that {@code level} was raised. */
  void raised(AlertLevel level) {
    this.alertLevel = Math.max(alertLevel, level.ordinal());
    this.targetMissed = targetMissed || level.ordinal() >= AlertLevel.TARGET_MISSED.ordinal() && targetEndsAt != null;
    this.nextAlertAt = nextAlert();
  }

  private AlertLevel levelReachedAt(Instant now) {
    if (!step.isWindow() && !now.isBefore(endsAt)) {
      return AlertLevel.OVERDUE;
    }
    if (targetEndsAt != null && !now.isBefore(targetEndsAt)) {
      return AlertLevel.TARGET_MISSED;
    }
    return !now.isBefore(firstWarnAt()) ? AlertLevel.WARNING : AlertLevel.NONE;
  }

  private Instant nextAlert() {
    if (!open || !step.isWatched()) {
      return null;
    }
    if (alertLevel < AlertLevel.WARNING.ordinal()) {
      return firstWarnAt();
    }
    if (alertLevel < AlertLevel.TARGET_MISSED.ordinal() && targetEndsAt != null) {
      return targetEndsAt;
    }
    return alertLevel < AlertLevel.OVERDUE.ordinal() && !step.isWindow() ? endsAt : null;
  }

  private Instant firstWarnAt() {
    return targetWarnAt != null && targetWarnAt.isBefore(warnAt) ? targetWarnAt : warnAt;
  }

  private void close() {
    this.open = false;
    this.nextAlertAt = null;
  }

  void markWarned() {
    this.warned = true;
  }

  void markOverdue() {
    this.overdue = true;
  }

  void markExpired() {
    this.expired = true;
    close();
  }

  DeadlineView view() {
    return new DeadlineView(step, startDate, due, rule, article, explanation, overdue, warned, expired, metAt,
        extensionDays, pausedDays,
        targetDue == null ? null : new DeadlineView.TargetView(targetDue, targetRule, targetExplanation, targetMissed));
  }

  int alertLevelOrdinal() {
    return alertLevel;
  }

  Long getPetitionId() {
    return petitionId;
  }

  String getResponsibleUnit() {
    return responsibleUnit;
  }

  LocalDate getDue() {
    return due;
  }

  LocalDate getTargetDue() {
    return targetDue;
  }

  ClockStep getStep() {
    return step;
  }

  Long getId() {
    return id;
  }
}
