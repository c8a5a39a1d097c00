package org.xinfangflow.supervision.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A matter received at a reception day (each matter at one reception at most). */
@Entity
@Table(name = "reception_matter")
class ReceptionMatter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "reception_id", nullable = false)
  private Long receptionId;

  @Column(name = "matter_number", nullable = false)
  private String matterNumber;

  @Column(name = "marked_by", nullable = false)
  private String markedBy;

  @Column(name = "marked_at", nullable = false)
  private Instant markedAt;

  protected ReceptionMatter() {
  }

  ReceptionMatter(Long receptionId, String matterNumber, String markedBy, Instant markedAt) {
    this.receptionId = receptionId;
    this.matterNumber = matterNumber;
    this.markedBy = markedBy;
    this.markedAt = markedAt;
  }

  Long getReceptionId() {
    return receptionId;
  }

  String getMatterNumber() {
    return matterNumber;
  }

  ReceptionView.Received view() {
    return new ReceptionView.Received(matterNumber, markedBy, markedAt);
  }
}
