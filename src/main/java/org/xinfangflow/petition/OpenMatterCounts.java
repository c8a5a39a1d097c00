package org.xinfangflow.petition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The open matters by status, counted at most once per {@code maxAge} by the application clock: however
 * often the gauges are read, the database is asked once in that time. A clock moved back (the simulation)
 * counts again at once.
 */
final class OpenMatterCounts {

  private final Supplier<Map<PetitionStatus, Long>> count;
  private final Clock clock;
  private final Duration maxAge;
  private Map<PetitionStatus, Long> counts;
  private Instant countedAt;

  OpenMatterCounts(Supplier<Map<PetitionStatus, Long>> count, Clock clock, Duration maxAge) {
    this.count = count;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  /** The matters in this status, as last counted. */
  synchronized long of(PetitionStatus status) {
    Instant now = clock.instant();
    if (counts == null || now.isBefore(countedAt) || !now.isBefore(countedAt.plus(maxAge))) {
      counts = Map.copyOf(count.get());
      countedAt = now;
    }
    return counts.getOrDefault(status, 0L);
  }
}
