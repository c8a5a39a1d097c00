package org.xinfangflow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 复查/复核 — one request and its opinion. */
@Entity
@Table(name = "review_case")
class ReviewCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "petition_number", nullable = false)
  private String petitionNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_level", nullable = false)
  private ReviewLevel level;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Enumerated(EnumType.STRING)
  private ReviewOutcome outcome;

  @Column(length = 10000)
  private String opinion;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected ReviewCase() {
  }

  ReviewCase(String petitionNumber, ReviewLevel level, Instant requestedAt, String recordedBy) {
    this.petitionNumber = petitionNumber;
    this.level = level;
    this.requestedAt = requestedAt;
    this.recordedBy = recordedBy;
  }

  void decide(ReviewOutcome outcome, String opinion, String decidedBy, Instant deliveredAt) {
    this.outcome = outcome;
    this.opinion = opinion;
    this.decidedBy = decidedBy;
    this.deliveredAt = deliveredAt;
  }

  Instant getRequestedAt() {
    return requestedAt;
  }
}
