package org.xinfangflow.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 单位通知渠道 — where a unit's notifications also go (a webhook, an e-mail address; both optional),
 * and who takes an urging this unit's supervisors issued when it escalates ({@code escalateTo}).
 */
@Entity
@Table(name = "unit_hook")
class UnitHook {

  @Id
  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "webhook_url")
  private String webhookUrl;

  @Column(name = "webhook_secret")
  private String webhookSecret;

  private String email;

  @Column(name = "escalate_to")
  private String escalateTo;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected UnitHook() {
  }

  UnitHook(String unitCode) {
    this.unitCode = unitCode;
  }

  void change(String webhookUrl, String webhookSecret, String email, String escalateTo, String by, Instant at) {
    this.webhookUrl = webhookUrl;
    this.webhookSecret = webhookSecret;
    this.email = email;
    this.escalateTo = escalateTo;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  String webhookUrl() {
    return webhookUrl;
  }

  String webhookSecret() {
    return webhookSecret;
  }

  String email() {
    return email;
  }

  String escalateTo() {
    return escalateTo;
  }

  /** The settings without the secret (only whether one is set). */
  HookView view() {
    return new HookView(unitCode, webhookUrl, webhookSecret != null, email, escalateTo, updatedAt, updatedBy);
  }

  record HookView(String unit, String webhookUrl, boolean webhookSigned, String email, String escalateTo,
      Instant updatedAt, String updatedBy) {
  }
}
