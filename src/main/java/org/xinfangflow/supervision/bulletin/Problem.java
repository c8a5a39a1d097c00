package org.xinfangflow.supervision.bulletin;

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

/**
 * 通报问题 — one problem a bulletin lists, once however many bulletins list it (source and reference
 * identify it), and how far its rectification has got.
 */
@Entity
@Table(name = "bulletin_problem")
class Problem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProblemSource source;

  @Column(nullable = false)
  private String reference;

  @Column(name = "matter_number", nullable = false)
  private String matterNumber;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String description;

  private String article;

  @Column(nullable = false)
  private String evidence;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProblemStatus status;

  @Version
  private long version;

  protected Problem() {
  }

  Problem(Candidate candidate) {
    this.source = candidate.source();
    this.reference = candidate.reference();
    this.matterNumber = candidate.matterNumber();
    this.unitCode = candidate.unit();
    this.code = candidate.code();
    this.description = candidate.description();
    this.article = candidate.article();
    this.evidence = candidate.evidence();
    this.occurredAt = candidate.occurredAt();
    this.status = ProblemStatus.OPEN;
  }

  void rectified() {
    status = ProblemStatus.RECTIFIED;
  }

  void verified() {
    status = ProblemStatus.VERIFIED;
  }

  void rejected() {
    status = ProblemStatus.OPEN;
  }

  String key() {
    return Candidate.key(source, reference);
  }

  Long getId() {
    return id;
  }

  ProblemSource getSource() {
    return source;
  }

  String getReference() {
    return reference;
  }

  String getMatterNumber() {
    return matterNumber;
  }

  String getUnitCode() {
    return unitCode;
  }

  String getCode() {
    return code;
  }

  String getDescription() {
    return description;
  }

  String getArticle() {
    return article;
  }

  String getEvidence() {
    return evidence;
  }

  Instant getOccurredAt() {
    return occurredAt;
  }

  ProblemStatus getStatus() {
    return status;
  }
}
