package org.xinfangflow.supervision.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** 三项建议书 — one recommendation letter to one unit, from the matters named, and its response. */
@Entity
@Table(name = "recommendation")
class Recommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecommendationKind kind;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "issuing_unit")
  private String issuingUnit;

  @Column(nullable = false)
  private String content;

  @Column(name = "response_deadline", nullable = false)
  private LocalDate responseDeadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecommendationStatus status;

  @Column(name = "issued_by", nullable = false)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  private String response;

  @Column(name = "responded_by")
  private String respondedBy;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "recommendation_matter", joinColumns = @JoinColumn(name = "recommendation_id"))
  @Column(name = "matter_number", nullable = false)
  private Set<String> matters = new TreeSet<>();

  @Version
  private long version;

  protected Recommendation() {
  }

  Recommendation(RecommendationKind kind, String unitCode, String issuingUnit, String content,
      LocalDate responseDeadline, Collection<String> matters, String issuedBy, Instant issuedAt) {
    this.kind = kind;
    this.unitCode = unitCode;
    this.issuingUnit = issuingUnit;
    this.content = content;
    this.responseDeadline = responseDeadline;
    this.matters.addAll(matters);
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
    this.status = RecommendationStatus.ISSUED;
  }

  void respond(String text, String by, Instant at) {
    this.response = text;
    this.respondedBy = by;
    this.respondedAt = at;
    this.status = RecommendationStatus.RESPONDED;
  }

  boolean isAnswered() {
    return status == RecommendationStatus.RESPONDED;
  }

  /** Unanswered after its last day (Beijing date of the application clock). */
  boolean isOverdue(LocalDate today) {
    return status == RecommendationStatus.ISSUED && today.isAfter(responseDeadline);
  }

  /** 督建〔2026〕7号: the year of issue and the id. */
  String letterNumber() {
    return "督建〔" + issuedAt.atZone(org.xinfangflow.calendar.Beijing.ZONE).getYear() + "〕" + id + "号";
  }

  RecommendationView view(LocalDate today, String unitName) {
    boolean late = respondedAt != null
        && respondedAt.atZone(org.xinfangflow.calendar.Beijing.ZONE).toLocalDate().isAfter(responseDeadline);
    return new RecommendationView(id, letterNumber(), kind, kind.title(), unitCode, unitName, issuingUnit,
        java.util.List.copyOf(new TreeSet<>(matters)), content, responseDeadline, status, isOverdue(today),
        issuedBy, issuedAt, response, respondedBy, respondedAt, late);
  }

  Long getId() {
    return id;
  }

  RecommendationKind getKind() {
    return kind;
  }

  String getUnitCode() {
    return unitCode;
  }

  String getIssuingUnit() {
    return issuingUnit;
  }

  String getContent() {
    return content;
  }

  LocalDate getResponseDeadline() {
    return responseDeadline;
  }

  Instant getIssuedAt() {
    return issuedAt;
  }

  Set<String> getMatters() {
    return matters;
  }
}
