package org.xinfangflow.handling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 信访处理意见书（稿） — one draft of the reply and who reviewed, signed and pre-reviewed it. */
@Entity
@Table(name = "reply")
class Reply {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "petition_number", nullable = false)
  private String petitionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReplyOutcome outcome;

  @Column(nullable = false, length = 10000)
  private String facts;

  @Column(nullable = false, length = 5000)
  private String basis;

  @Column(nullable = false, length = 10000)
  private String opinion;

  @Column(name = "drafted_by", nullable = false)
  private String draftedBy;

  @Column(name = "drafted_at", nullable = false)
  private Instant draftedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "prechecked_by")
  private String precheckedBy;

  @Column(name = "returned_by")
  private String returnedBy;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected Reply() {
  }

  Reply(String petitionNumber, ReplyRequest request, String draftedBy, Instant draftedAt) {
    this.petitionNumber = petitionNumber;
    this.outcome = request.outcome();
    this.facts = request.facts().strip();
    this.basis = request.basis().strip();
    this.opinion = request.opinion().strip();
    this.draftedBy = draftedBy;
    this.draftedAt = draftedAt;
  }

  void reviewedBy(String user) { this.reviewedBy = user; }
  void signedBy(String user) { this.signedBy = user; }
  void precheckedBy(String user) { this.precheckedBy = user; }
  void returnedBy(String user) { this.returnedBy = user; }
  void deliveredAt(Instant at) { this.deliveredAt = at; }

  String getDraftedBy() { return draftedBy; }
  Instant getDraftedAt() { return draftedAt; }
  ReplyOutcome getOutcome() { return outcome; }
  String getFacts() { return facts; }
  String getBasis() { return basis; }
  String getOpinion() { return opinion; }
}
