package org.xinfangflow.compliance;

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

/** 问题 — one breach of one rule on one matter: what, where, the evidence, and what became of it. */
@Entity
@Table(name = "compliance_finding")
class Finding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "matter_number", nullable = false)
  private String matterNumber;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "registered_unit")
  private String registeredUnit;

  @Column(name = "rule_code", nullable = false)
  private String ruleCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Family family;

  @Column(nullable = false)
  private String article;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;

  @Column(nullable = false)
  private String message;

  @Column(nullable = false)
  private String evidence;

  @Column(name = "detected_at", nullable = false)
  private Instant detectedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FindingStatus status;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "close_reason")
  private String closeReason;

  @Version
  private long version;

  protected Finding() {
  }

  Finding(String matterNumber, String unitCode, String registeredUnit, RuleDefinition rule, String evidence,
      Instant detectedAt) {
    this.matterNumber = matterNumber;
    this.unitCode = unitCode;
    this.registeredUnit = registeredUnit;
    this.ruleCode = rule.code();
    this.family = rule.family();
    this.article = rule.article();
    this.severity = rule.severity();
    this.message = rule.message();
    this.evidence = evidence;
    this.detectedAt = detectedAt;
    this.status = FindingStatus.OPEN;
  }

  /** The matter was put right: the finding stays on record, resolved. */
  void resolve(Instant at) {
    status = FindingStatus.RESOLVED;
    resolvedAt = at;
  }

  void close(String supervisor, String reason, Instant at) {
    status = FindingStatus.CLOSED;
    closedBy = supervisor;
    closeReason = reason;
    resolvedAt = at;
  }

  /** The evidence as it stands now (a step still late: more days late). */
  void update(String evidence, String unitCode) {
    this.evidence = evidence;
    this.unitCode = unitCode;
  }

  boolean isOpen() {
    return status == FindingStatus.OPEN;
  }

  FindingView view() {
    return new FindingView(id, matterNumber, unitCode, ruleCode, family, family.label(), article, severity, message,
        evidence, detectedAt, status, resolvedAt, closedBy, closeReason);
  }

  Long getId() {
    return id;
  }

  String getRuleCode() {
    return ruleCode;
  }

  String getMatterNumber() {
    return matterNumber;
  }

  String getUnitCode() {
    return unitCode;
  }

  String getRegisteredUnit() {
    return registeredUnit;
  }
}
