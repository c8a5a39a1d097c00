package org.xinfangflow.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.xinfangflow.shared.MovableClock;

/** The gauge's counts: the database is asked at most once per period, however often the gauges are read. */
class OpenMatterCountsTests {

  private final MovableClock clock = new MovableClock(Clock.fixed(Instant.parse("2026-03-02T04:00:00Z"), ZoneOffset.UTC));
  private final AtomicInteger queries = new AtomicInteger();
  private final OpenMatterCounts counts = new OpenMatterCounts(() -> Map.of(PetitionStatus.ACCEPTED,
      (long) (10 + queries.incrementAndGet())), clock, Duration.ofSeconds(30));

  @Test
  void readsWithinThePeriodShareOneCount() {
    assertThat(counts.of(PetitionStatus.ACCEPTED)).isEqualTo(11);
    assertThat(counts.of(PetitionStatus.REGISTERED)).as("a status without matters").isZero();
    clock.setTo(Instant.parse("2026-03-02T04:00:29Z"));
    assertThat(counts.of(PetitionStatus.ACCEPTED)).isEqualTo(11);
    assertThat(queries).hasValue(1);

    clock.setTo(Instant.parse("2026-03-02T04:00:30Z"));
    assertThat(counts.of(PetitionStatus.ACCEPTED)).isEqualTo(12);
    assertThat(queries).hasValue(2);
  }

  @Test
  void aClockMovedBackCountsAgain() {
    counts.of(PetitionStatus.ACCEPTED);
    clock.setTo(Instant.parse("2026-03-01T04:00:00Z"));
    assertThat(counts.of(PetitionStatus.ACCEPTED)).isEqualTo(12);
  }
}
