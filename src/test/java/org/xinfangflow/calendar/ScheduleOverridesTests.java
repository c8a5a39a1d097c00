package org.xinfangflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A newly published year's schedule as data over the library's. */
class ScheduleOverridesTests {

  private final TymeHolidaySchedule library = new TymeHolidaySchedule();

  @Test
  void addingNextYearsHolidaysCoversItAndMovesALastDay() {
    ScheduleOverrides schedule = ScheduleOverrides.parse(library, """
        # 2027 New Year (illustrative)
        2027-01-01,REST,元旦

        2027-01-04,REST,元旦
        2027-01-09,WORK,元旦
        """);
    assertThat(schedule.size()).isEqualTo(3);
    assertThat(schedule.covers(2027)).isTrue();
    assertThat(schedule.isWorkingDay(LocalDate.parse("2027-01-04"))).isFalse();
    assertThat(schedule.isWorkingDay(LocalDate.parse("2027-01-09"))).isTrue();
    assertThat(schedule.dayName(LocalDate.parse("2027-01-09"))).contains("元旦调休上班");
    PeriodRule fifteen = new PeriodRule("D", "第二十二条", 15, DayCount.CALENDAR, "分类");
    // 2026-12-20 + 15 = 2027-01-04, a Monday: a rest day only by the override
    assertThat(new PeriodCalculator(library).compute(fifteen, LocalDate.parse("2026-12-20")).due())
        .isEqualTo(LocalDate.parse("2027-01-04"));
    var withOverride = new PeriodCalculator(schedule).compute(fifteen, LocalDate.parse("2026-12-20"));
    assertThat(withOverride.due()).isEqualTo(LocalDate.parse("2027-01-05"));
    assertThat(withOverride.scheduleIncomplete()).isFalse();
  }

  @Test
  void theLibraryKnows2025And2026ButNot2027() {
    assertThat(library.covers(2025)).isTrue();
    assertThat(library.covers(2026)).isTrue();
    assertThat(library.covers(2027)).isFalse();
    assertThat(library.dayName(LocalDate.parse("2026-10-01"))).contains("国庆节");
    assertThat(library.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
    assertThat(library.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
    assertThat(ScheduleOverrides.none(library).isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
  }

  @Test
  void aBadLineIsRefusedWithItsNumber() {
    assertThatThrownBy(() -> ScheduleOverrides.parse(library, "2027-01-01,REST,元旦\n\n2027-02-30,REST,春节\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("第3行");
    assertThatThrownBy(() -> ScheduleOverrides.parse(library, "2027-01-01,HOLIDAY,元旦"))
        .hasMessageContaining("REST 或 WORK");
    assertThatThrownBy(() -> ScheduleOverrides.parse(library, "2027-01-01,REST"))
        .hasMessageStartingWith("第1行");
  }
}
