package org.xinfangflow.petition;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 在办事项 — the gauge {@code xinfang.matters.open{status}}: matters in progress by status, from one grouped
 * count over the {@code petition} table, refreshed at most every {@code xinfang.metrics.open-matters-refresh}
 * (30 s by default), so a scrape never queries more often. Every node reports the same database count.
 */
@Component
class OpenMattersGauge {

  static final String OPEN = "xinfang.matters.open";

  /** Held here: a gauge keeps only a weak reference to what it reads. */
  private final OpenMatterCounts counts;

  OpenMattersGauge(PetitionRepository petitions, MeterRegistry registry, Clock clock,
      @Value("${xinfang.metrics.open-matters-refresh:30s}") Duration refresh) {
    List<PetitionStatus> open = Arrays.stream(PetitionStatus.values()).filter(PetitionStatus::inProgress).toList();
    this.counts = new OpenMatterCounts(() -> count(petitions, open), clock, refresh);
    for (PetitionStatus status : open) {
      Gauge.builder(OPEN, counts, c -> c.of(status)).description("Matters in progress, by status")
          .tag("status", status.name()).register(registry);
    }
  }

  private static Map<PetitionStatus, Long> count(PetitionRepository petitions, List<PetitionStatus> open) {
    Map<PetitionStatus, Long> counts = new EnumMap<>(PetitionStatus.class);
    for (Object[] row : petitions.countByStatus(open)) {
      counts.put((PetitionStatus) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }
}
