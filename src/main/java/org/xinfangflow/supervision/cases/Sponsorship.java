package org.xinfangflow.supervision.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** 领导包案 — a leader takes personal charge of one matter until its outcome is recorded. */
@Entity
@Table(name = "sponsorship")
class Sponsorship {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "matter_number", nullable = false)
  private String matterNumber;

  @Column(nullable = false)
  private String sponsor;

  private String note;

  @Column(name = "assigned_by", nullable = false)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  /** The matter's number while the sponsorship runs, null once concluded (unique: one running per matter). */
  @Column(name = "active_matter")
  private String activeMatter;

  @Enumerated(EnumType.STRING)
  private SponsorshipOutcome outcome;

  @Column(name = "outcome_note")
  private String outcomeNote;

  @Column(name = "outcome_date")
  private LocalDate outcomeDate;

  @Column(name = "outcome_by")
  private String outcomeBy;

  @Column(name = "outcome_at")
  private Instant outcomeAt;

  @Version
  private long version;

  protected Sponsorship() {
  }

  Sponsorship(String matterNumber, String sponsor, String note, String assignedBy, Instant assignedAt) {
    this.matterNumber = matterNumber;
    this.sponsor = sponsor;
    this.note = note;
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
    this.activeMatter = matterNumber;
  }

  void conclude(SponsorshipOutcome outcome, String note, LocalDate date, String by, Instant at) {
    this.outcome = outcome;
    this.outcomeNote = note;
    this.outcomeDate = date;
    this.outcomeBy = by;
    this.outcomeAt = at;
    this.activeMatter = null;
  }

  boolean isActive() {
    return activeMatter != null;
  }

  SponsorshipView view(String sponsorName) {
    return new SponsorshipView(id, matterNumber, sponsor, sponsorName, note, assignedBy, assignedAt, isActive(),
        outcome, outcome == null ? null : outcome.label(), outcomeNote, outcomeDate, outcomeBy, outcomeAt);
  }

  Long getId() {
    return id;
  }

  String getMatterNumber() {
    return matterNumber;
  }

  String getSponsor() {
    return sponsor;
  }

  Instant getAssignedAt() {
    return assignedAt;
  }

  SponsorshipOutcome getOutcome() {
    return outcome;
  }
}
