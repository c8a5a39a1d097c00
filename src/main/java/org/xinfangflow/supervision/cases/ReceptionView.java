package org.xinfangflow.supervision.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A reception day and the matters received at it (only those in the caller's scope). */
record ReceptionView(Long id, LocalDate date, String leader, String leaderName, String place, String topic,
    List<String> units, ReceptionStatus status, String createdBy, Instant createdAt, Instant publishedAt,
    Instant cancelledAt, String cancelReason, List<Received> matters) {

  /** 接待事项 — a matter received, who marked it and when. */
  record Received(String matter, String markedBy, Instant markedAt) {
  }
}
