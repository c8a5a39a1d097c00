package org.xinfangflow.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 办理记录 — one entry of a matter's timeline. */
@Entity
@Table(name = "petition_event")
class PetitionEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "petition_id", nullable = false)
  private Long petitionId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String kind;

  @Column(length = 4000)
  private String detail;

  protected PetitionEvent() {
  }

  PetitionEvent(Long petitionId, Instant occurredAt, String actor, String kind, String detail) {
    this.petitionId = petitionId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.kind = kind;
    this.detail = detail;
  }

  TimelineEntry view() {
    return new TimelineEntry(occurredAt, actor, kind, detail);
  }
}
