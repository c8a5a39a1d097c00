package org.xinfangflow.handling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 满意度评价 — the one evaluation of a matter's handling. */
@Entity
@Table(name = "evaluation")
class Evaluation {

  @Id
  @Column(name = "petition_number")
  private String petitionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EvaluationRequest.Result result;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Evaluation() {
  }

  Evaluation(String petitionNumber, EvaluationRequest.Result result, String recordedBy, Instant recordedAt) {
    this.petitionNumber = petitionNumber;
    this.result = result;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }
}
