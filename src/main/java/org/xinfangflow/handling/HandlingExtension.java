package org.xinfangflow.handling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 延期 — the one extension of a matter's handling, approved by the unit head (Art. 34). */
@Entity
@Table(name = "handling_extension")
class HandlingExtension {

  @Id
  @Column(name = "petition_number")
  private String petitionNumber;

  @Column(nullable = false)
  private int days;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Column(name = "approved_by", nullable = false)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false)
  private Instant approvedAt;

  protected HandlingExtension() {
  }

  HandlingExtension(String petitionNumber, int days, String reason, String approvedBy, Instant approvedAt) {
    this.petitionNumber = petitionNumber;
    this.days = days;
    this.reason = reason;
    this.approvedBy = approvedBy;
    this.approvedAt = approvedAt;
  }

  String getPetitionNumber() {
    return petitionNumber;
  }
}
