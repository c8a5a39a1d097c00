package org.xinfangflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** 审计记录 — one entry of the append-only trail; never updated, never deleted by the application. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

  @Id
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String username;

  @Column(nullable = false)
  private String roles;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "remote_address")
  private String remoteAddress;

  @Column(name = "matter_number")
  private String matterNumber;

  @Column(nullable = false)
  private String action;

  @Column(length = 4000)
  private String detail;

  @Column(name = "prev_hash", nullable = false)
  private String prevHash;

  @Column(nullable = false)
  private String hash;

  protected AuditEntry() {
  }

  AuditEntry(long id, Instant occurredAt, String username, String roles, String unitCode, String remoteAddress,
      String matterNumber, String action, String detail, String prevHash) {
    this.id = id;
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.username = username;
    this.roles = roles;
    this.unitCode = unitCode;
    this.remoteAddress = remoteAddress;
    this.matterNumber = matterNumber;
    this.action = action;
    this.detail = detail;
    this.prevHash = prevHash;
    this.hash = AuditHash.of(this);
  }

  AuditView view() {
    return new AuditView(id, occurredAt, username, roles, unitCode, remoteAddress, matterNumber, action, detail, hash);
  }

  Long getId() { return id; }
  Instant getOccurredAt() { return occurredAt; }
  String getUsername() { return username; }
  String getRoles() { return roles; }
  String getUnitCode() { return unitCode; }
  String getRemoteAddress() { return remoteAddress; }
  String getMatterNumber() { return matterNumber; }
  String getAction() { return action; }
  String getDetail() { return detail; }
  String getPrevHash() { return prevHash; }
  String getHash() { return hash; }
}
