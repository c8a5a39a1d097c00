package org.xinfangflow.supervision.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recommendation as supervisors and the addressed unit see it; {@code overdue}: unanswered past its deadline. */
record RecommendationView(Long id, String letterNumber, RecommendationKind kind, String kindLabel, String unit,
    String unitName, String issuingUnit, List<String> matters, String content, LocalDate responseDeadline,
    RecommendationStatus status, boolean overdue, String issuedBy, Instant issuedAt, String response,
    String respondedBy, Instant respondedAt, boolean respondedLate) {
}
