package org.xinfangflow.supervision.bulletin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;

/** 月通报 — one jurisdiction's bulletin for one month: its number, period, and who generated it when. */
@Entity
@Table(name = "bulletin")
class Bulletin {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String jurisdiction;

  @Column(name = "bulletin_year", nullable = false)
  private int year;

  @Column(name = "sequence_no", nullable = false)
  private int sequenceNo;

  @Column(name = "bulletin_no", nullable = false)
  private String number;

  @Column(name = "bulletin_month", nullable = false)
  private String month;

  @Column(name = "period_start", nullable = false)
  private Instant periodStart;

  @Column(name = "period_end", nullable = false)
  private Instant periodEnd;

  @Column(name = "generated_at", nullable = false)
  private Instant generatedAt;

  @Column(name = "generated_by", nullable = false)
  private String generatedBy;

  protected Bulletin() {
  }

  Bulletin(String jurisdiction, YearMonth month, int sequenceNo, Instant periodStart, Instant periodEnd,
      Instant generatedAt, String generatedBy) {
    this.jurisdiction = jurisdiction;
    this.year = month.getYear();
    this.sequenceNo = sequenceNo;
    this.number = "TB-%d-%02d".formatted(month.getYear(), sequenceNo);
    this.month = month.toString();
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.generatedAt = generatedAt;
    this.generatedBy = generatedBy;
  }

  Long getId() {
    return id;
  }

  String getJurisdiction() {
    return jurisdiction;
  }

  String getNumber() {
    return number;
  }

  String getMonth() {
    return month;
  }

  Instant getGeneratedAt() {
    return generatedAt;
  }

  String getGeneratedBy() {
    return generatedBy;
  }
}
