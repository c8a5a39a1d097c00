package org.xinfangflow.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 站内通知 — one message to one user: a warning, an overdue mark, an urging or an escalation. */
@Entity
@Table(name = "notification")
class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NotificationKind kind;

  @Column(name = "petition_number")
  private String petitionNumber;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false, length = 2000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {
  }

  Notification(String recipient, NotificationKind kind, String petitionNumber, String title, String body,
      Instant createdAt) {
    this.recipient = recipient;
    this.kind = kind;
    this.petitionNumber = petitionNumber;
    this.title = title;
    this.body = body.length() > 2000 ? body.substring(0, 2000) : body;
    this.createdAt = createdAt;
  }

  void read(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  String recipient() {
    return recipient;
  }

  NotificationView view() {
    return new NotificationView(id, kind, petitionNumber, title, body, createdAt, readAt);
  }
}
