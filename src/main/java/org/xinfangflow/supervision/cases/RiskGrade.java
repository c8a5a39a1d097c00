package org.xinfangflow.supervision.cases;

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

/** 评定记录 — one grading of a petitioner, kept when the grade changes (append-only). */
@Entity
@Table(name = "risk_grade")
class RiskGrade {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "petitioner_id", nullable = false)
  private Long petitionerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RiskLevel level;

  @Column(nullable = false)
  private String reasons;

  @Column(name = "review_date", nullable = false)
  private LocalDate reviewDate;

  @Column(name = "graded_by", nullable = false)
  private String gradedBy;

  @Column(name = "graded_at", nullable = false)
  private Instant gradedAt;

  protected RiskGrade() {
  }

  RiskGrade(Long petitionerId, RiskLevel level, String reasons, LocalDate reviewDate, String gradedBy,
      Instant gradedAt) {
    this.petitionerId = petitionerId;
    this.level = level;
    this.reasons = reasons;
    this.reviewDate = reviewDate;
    this.gradedBy = gradedBy;
    this.gradedAt = gradedAt;
  }

  RiskView.Grading view() {
    return new RiskView.Grading(level, reasons, reviewDate, gradedBy, gradedAt);
  }
}
