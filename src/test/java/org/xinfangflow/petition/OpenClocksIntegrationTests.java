package org.xinfangflow.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * Who sees a running clock on the supervision pages is decided on the clock's own row (V17): the
 * matter's handling and registering unit, its accused unit and accused people are copied onto every
 * clock when it starts and again when the matter is dispatched.
 */
@IntegrationTest
class OpenClocksIntegrationTests {

  private static final PageRequest PAGE = PageRequest.of(0, 500);

  private final OpenClocks clocks;
  private final PetitionService petitions;
  private final Matters matters;
  private final TimeMachine time;

  @Autowired
  OpenClocksIntegrationTests(OpenClocks clocks, PetitionService petitions, Matters matters, TimeMachine time) {
    this.clocks = clocks;
    this.petitions = petitions;
    this.matters = matters;
    this.time = time;
  }

  @Test
  void aClockFollowsItsMattersDispatchAndHidesAnAccusationFromTheAccused() {
    String number = matters.register(time.noonOf("2026-09-07"));
    Instant now = time.now().toInstant();
    assertThat(numbers(viewer(Set.of("U-EDU"), Set.of(), Set.of(), "sup-edu"), now.plus(Duration.ofDays(60))))
        .as("not yet dispatched: the handling unit's supervisor does not see the disposal clock").doesNotContain(number);

    petitions.recordDispatch(number, Classification.ACCUSATION, DispatchAction.ROUTE_DISCIPLINE, "U-EDU", "U-HOUSING",
        Set.of("accused-official"));
    petitions.startDeadline(number, handlingClock(now));
    Instant later = now.plus(Duration.ofDays(60));

    assertThat(numbers(viewer(Set.of("U-EDU"), Set.of(), Set.of(), "sup-edu"), later))
        .as("the clock that ran before the dispatch and the one started after it").contains(number);
    assertThat(rowsOf(number, viewer(Set.of("U-EDU"), Set.of(), Set.of(), "sup-edu"), later))
        .as("by statutory end: the ten-day clock before the disposal clock")
        .extracting(ClockAlert::step).containsExactly(ClockStep.HANDLING, ClockStep.DISPOSE);
    assertThat(numbers(viewer(Set.of(), Set.of("BUREAU"), Set.of(), "sup-city"), later))
        .as("the registering bureau's supervisor").contains(number);
    assertThat(numbers(viewer(Set.of("U-HOUSING"), Set.of("U-HOUSING"), Set.of(), "sup-housing"), later))
        .as("another unit's scope").doesNotContain(number);
    assertThat(numbers(viewer(Set.of("U-EDU"), Set.of(), Set.of("U-HOUSING"), "sup-edu"), later))
        .as("hidden from the accused unit's people").doesNotContain(number);
    assertThat(numbers(viewer(Set.of("U-EDU"), Set.of("BUREAU"), Set.of(), "accused-official"), later))
        .as("hidden from an accused person").doesNotContain(number);
    assertThat(numbers(new OpenClocks.Viewer(new MatterScope(false, Set.of(), Set.of()), Set.of(), "nobody"), later))
        .as("an empty scope sees nothing").isEmpty();
    assertThat(numbers(new OpenClocks.Viewer(new MatterScope(true, Set.of(), Set.of()), Set.of(), "admin"), later))
        .contains(number);
  }

  @Test
  void pagesAreInUrgencyOrderAndTheirTotalsCountTheWholeScope() {
    String first = matters.register(time.noonOf("2026-09-14"));
    String second = matters.register(time.noonOf("2026-09-15"));
    String unit = "U-PAGES-" + first.substring(first.length() - 6);
    for (String number : List.of(second, first)) {
      petitions.recordDispatch(number, Classification.CLAIM, DispatchAction.ASSIGN, unit, null, Set.of());
      petitions.startDeadline(number, handlingClock(time.now().toInstant()));
    }
    OpenClocks.Viewer viewer = viewer(Set.of(unit), Set.of(), Set.of(), "sup");
    Instant later = time.now().toInstant().plus(Duration.ofDays(60));

    OpenClocks.AlertPage one = clocks.overdue(unit, viewer, later, PageRequest.of(0, 1));
    assertThat(one.totalElements()).isEqualTo(2);
    assertThat(one.totalCapped()).isFalse();
    OpenClocks.AlertPage two = clocks.overdue(unit, viewer, later, PageRequest.of(1, 1));
    assertThat(List.of(one.content().get(0).number(), two.content().get(0).number()))
        .as("same last day: the older clock first").containsExactly(second, first);
    assertThat(clocks.warnings(unit, viewer, time.now().toInstant(), later, PAGE).content())
        .extracting(ClockAlert::number).containsExactly(second, first);
  }

  private List<String> numbers(OpenClocks.Viewer viewer, Instant now) {
    return clocks.overdue(null, viewer, now, PAGE).content().stream().map(ClockAlert::number).distinct().toList();
  }

  private List<ClockAlert> rowsOf(String number, OpenClocks.Viewer viewer, Instant now) {
    return clocks.overdue(null, viewer, now, PAGE).content().stream().filter(row -> row.number().equals(number))
        .toList();
  }

  private static OpenClocks.Viewer viewer(Set<String> handling, Set<String> registering, Set<String> hidden,
      String username) {
    return new OpenClocks.Viewer(new MatterScope(false, handling, registering), hidden, username);
  }

  /** A handling clock of ten days from {@code now}. */
  private static DeadlineSpec handlingClock(Instant now) {
    LocalDate start = now.atOffset(ZoneOffset.ofHours(8)).toLocalDate();
    Instant ends = start.plusDays(11).atStartOfDay(ZoneOffset.ofHours(8)).toInstant();
    return new DeadlineSpec(ClockStep.HANDLING, start, start.plusDays(10), "测试时限", "《信访工作条例》第三十二条", "测试",
        0, 0, ends.minus(Duration.ofDays(3)), ends, null);
  }
}
