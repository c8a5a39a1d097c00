package org.xinfangflow.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 催督办 — a supervisor's urging notice on a matter, to the unit that answers for it. If the matter is still
 * overdue when {@code escalateAt} comes, it escalates once to the supervisor's superior; if it is no longer
 * overdue then, the urging is settled.
 */
@Entity
@Table(name = "urging")
class Urging {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "petition_number", nullable = false)
  private String petitionNumber;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(nullable = false, length = 2000)
  private String note;

  @Column(name = "issued_by", nullable = false)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "escalate_at", nullable = false)
  private Instant escalateAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "escalated_to", length = 400)
  private String escalatedTo;

  @Column(name = "settled_at")
  private Instant settledAt;

  protected Urging() {
  }

  Urging(String petitionNumber, String unitCode, String note, String issuedBy, Instant issuedAt, Instant escalateAt) {
    this.petitionNumber = petitionNumber;
    this.unitCode = unitCode;
    this.note = note;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
    this.escalateAt = escalateAt;
  }

  /** Records the escalation this node claimed (the entity must agree with the claim, or a flush would undo it). */
  void escalated(Instant at, String recipients) {
    this.escalatedAt = at;
    this.escalatedTo = recipients.length() > 400 ? recipients.substring(0, 400) : recipients;
  }

  void settled(Instant at) {
    this.settledAt = at;
  }

  Long id() {
    return id;
  }

  String petitionNumber() {
    return petitionNumber;
  }

  String unitCode() {
    return unitCode;
  }

  String issuedBy() {
    return issuedBy;
  }

  String note() {
    return note;
  }

  UrgingView view() {
    return new UrgingView(id, petitionNumber, unitCode, note, issuedBy, issuedAt, escalateAt, escalatedAt,
        escalatedTo, settledAt);
  }

  /** 催督办 as the API shows it. */
  record UrgingView(Long id, String number, String unit, String note, String issuedBy, Instant issuedAt,
      Instant escalateAt, Instant escalatedAt, String escalatedTo, Instant settledAt) {
  }
}
