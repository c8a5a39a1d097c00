package org.xinfangflow.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * 外发通知 — one notification to one hook of a unit (a webhook or an e-mail), written in the transaction
 * that raised it and delivered afterwards; a failed attempt is retried later, doubling the wait, until the
 * attempts run out.
 */
@Entity
@Table(name = "outbound_message")
class OutboundMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(nullable = false)
  private String target;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false, length = 4000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboundMessage() {
  }

  OutboundMessage(String unitCode, Channel channel, String target, String subject, String body, Instant now) {
    this.unitCode = unitCode;
    this.channel = channel;
    this.target = target;
    this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
    this.body = body.length() > 4000 ? body.substring(0, 4000) : body;
    this.status = Status.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  void sent(Instant at) {
    attempts++;
    status = Status.SENT;
    sentAt = at;
    lastError = null;
  }

  /** A failed attempt: retry after {@code firstWait} doubled per attempt so far, or give up after the last. */
  void failed(String error, Instant at, Duration firstWait, int maxAttempts) {
    attempts++;
    lastError = error == null ? "未知错误" : error.length() > 1000 ? error.substring(0, 1000) : error;
    if (attempts >= maxAttempts) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = at.plus(firstWait.multipliedBy(1L << Math.min(attempts - 1, 16)));
    }
  }

  Long id() {
    return id;
  }

  Channel channel() {
    return channel;
  }

  String target() {
    return target;
  }

  String subject() {
    return subject;
  }

  String body() {
    return body;
  }

  String unitCode() {
    return unitCode;
  }

  Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  View view() {
    return new View(id, unitCode, channel, target, subject, status, attempts, nextAttemptAt, lastError, createdAt,
        sentAt);
  }

  record View(Long id, String unit, Channel channel, String target, String subject, Status status, int attempts,
      Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
  }

  enum Channel { WEBHOOK, EMAIL }

  enum Status { PENDING, SENT, FAILED }
}
