package org.xinfangflow.supervision.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A petitioner's grade in one bureau's ledger (ID number masked), with every grading, oldest first. */
record RiskView(Long id, String idNumber, String unit, RiskLevel level, String reasons, LocalDate reviewDate,
    boolean dueForReview, String gradedBy, Instant gradedAt, List<Grading> history) {

  /** One grading as it was made. */
  record Grading(RiskLevel level, String reasons, LocalDate reviewDate, String gradedBy, Instant gradedAt) {
  }
}
