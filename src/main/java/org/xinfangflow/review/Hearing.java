package org.xinfangflow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.xinfangflow.calendar.Pause;

/** 听证 — a hearing held during 复核; its days do not count against the 30 days (Art. 36). */
@Entity
@Table(name = "hearing")
class Hearing {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "petition_number", nullable = false)
  private String petitionNumber;

  @Column(name = "start_date", nullable = false)
  private LocalDate start;

  @Column(name = "end_date", nullable = false)
  private LocalDate end;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Hearing() {
  }

  Hearing(String petitionNumber, LocalDate start, LocalDate end, String recordedBy, Instant recordedAt) {
    this.petitionNumber = petitionNumber;
    this.start = start;
    this.end = end;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  Pause pause() {
    return new Pause(start, end, "听证");
  }
}
