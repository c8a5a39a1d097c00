package org.xinfangflow.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 幂等键 — remembers which matter a client's Idempotency-Key produced. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord {

  @Id
  @Column(name = "idem_key")
  private String key;

  @Column(name = "request_hash", nullable = false)
  private String requestHash;

  @Column(name = "petition_number", nullable = false)
  private String petitionNumber;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {
  }

  IdempotencyRecord(String key, String requestHash, String petitionNumber, String createdBy, Instant createdAt) {
    this.key = key;
    this.requestHash = requestHash;
    this.petitionNumber = petitionNumber;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  String getRequestHash() {
    return requestHash;
  }

  String getPetitionNumber() {
    return petitionNumber;
  }

  String getCreatedBy() {
    return createdBy;
  }
}
