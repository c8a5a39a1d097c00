package org.xinfangflow.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A moment the caller reports (notified, delivered): never in the future; now when left out. */
public final class PastInstant {

  private PastInstant() {
  }

  public static Instant orNow(OffsetDateTime reported, String field, Clock clock) {
    Instant now = clock.instant();
    if (reported == null) {
      return now;
    }
    if (reported.toInstant().isAfter(now)) {
      throw ApiProblem.badInput(field, field + ": 不能晚于当前时间");
    }
    return reported.toInstant();
  }
}
