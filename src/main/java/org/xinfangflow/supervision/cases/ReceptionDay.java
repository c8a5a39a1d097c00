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
import java.util.Arrays;
import java.util.List;

/** 领导接访日 — a day a leader receives petitioners in person: when, who, where, on what, with which units. */
@Entity
@Table(name = "reception_day")
class ReceptionDay {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "reception_date", nullable = false)
  private LocalDate date;

  @Column(nullable = false)
  private String leader;

  @Column(nullable = false)
  private String place;

  @Column(nullable = false)
  private String topic;

  /** Unit codes, comma-separated. */
  private String units;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReceptionStatus status;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Version
  private long version;

  protected ReceptionDay() {
  }

  ReceptionDay(LocalDate date, String leader, String place, String topic, List<String> units, String createdBy,
      Instant createdAt) {
    this.date = date;
    this.leader = leader;
    this.place = place;
    this.topic = topic;
    this.units = units.isEmpty() ? null : String.join(",", units);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.status = ReceptionStatus.DRAFT;
  }

  void publish(Instant at) {
    status = ReceptionStatus.PUBLISHED;
    publishedAt = at;
  }

  void cancel(String reason, Instant at) {
    status = ReceptionStatus.CANCELLED;
    cancelReason = reason;
    cancelledAt = at;
  }

  ReceptionView view(String leaderName, List<ReceptionView.Received> matters) {
    return new ReceptionView(id, date, leader, leaderName, place, topic,
        units == null ? List.of() : Arrays.asList(units.split(",")), status, createdBy, createdAt, publishedAt,
        cancelledAt, cancelReason, matters);
  }

  Long getId() {
    return id;
  }

  LocalDate getDate() {
    return date;
  }

  String getLeader() {
    return leader;
  }

  String getPlace() {
    return place;
  }

  ReceptionStatus getStatus() {
    return status;
  }
}
