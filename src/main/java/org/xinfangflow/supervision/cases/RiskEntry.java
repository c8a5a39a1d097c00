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
import java.util.List;

/**
 * 风险台账 — one petitioner's current grade in one bureau's ledger. The petitioner is known by the keyed
 * hash of the ID number (and its masked form for display), never the number in clear.
 */
@Entity
@Table(name = "risk_petitioner")
class RiskEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "id_number_hash", nullable = false)
  private String idNumberHash;

  @Column(name = "id_number_hash_key", nullable = false)
  private String idNumberHashKey;

  @Column(name = "id_number_masked", nullable = false)
  private String idNumberMasked;

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

  @Version
  private long version;

  protected RiskEntry() {
  }

  RiskEntry(String unitCode, String idNumberMasked) {
    this.unitCode = unitCode;
    this.idNumberMasked = idNumberMasked;
  }

  /** A new grade; the hash is refreshed under the current key (a key rotation leaves no stale hash behind). */
  void grade(RiskLevel level, String reasons, LocalDate reviewDate, String by, Instant at, String hash,
      String hashKey) {
    this.level = level;
    this.reasons = reasons;
    this.reviewDate = reviewDate;
    this.gradedBy = by;
    this.gradedAt = at;
    this.idNumberHash = hash;
    this.idNumberHashKey = hashKey;
  }

  /** Due for review once its review date has passed (Beijing date of the application clock). */
  boolean dueForReview(LocalDate today) {
    return today.isAfter(reviewDate);
  }

  RiskView view(LocalDate today, List<RiskView.Grading> history) {
    return new RiskView(id, idNumberMasked, unitCode, level, reasons, reviewDate, dueForReview(today), gradedBy,
        gradedAt, history);
  }

  Long getId() {
    return id;
  }

  String getUnitCode() {
    return unitCode;
  }

  String getIdNumberMasked() {
    return idNumberMasked;
  }

  RiskLevel getLevel() {
    return level;
  }
}
