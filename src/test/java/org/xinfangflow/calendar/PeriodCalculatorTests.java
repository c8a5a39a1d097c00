package org.xinfangflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Period arithmetic of DOMAIN.md §3 on the real 2025-2026 State Council schedule. */
class PeriodCalculatorTests {

  private static final PeriodRule DISPOSE = new PeriodRule("DISPOSE", "《信访工作条例》第二十二条", 15, DayCount.CALENDAR, "依法分类处理");
  private static final PeriodRule OBJECTION = new PeriodRule("OBJECTION", "《信访工作条例》第二十三条", 5, DayCount.WORKING, "提出异议");
  private static final PeriodRule THIRTY = new PeriodRule("RE_REVIEW", "《信访工作条例》第三十六条", 30, DayCount.CALENDAR, "复核");
  private static final PeriodRule SIXTY = new PeriodRule("HANDLING", "《信访工作条例》第三十四条", 60, DayCount.CALENDAR, "办理");

  private final PeriodCalculator calculator = new PeriodCalculator(new TymeHolidaySchedule());

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Nested
  class CalendarDays {

    @Test
    void aLastDayOnNationalDayMovesPastTheHoliday() {
      ComputedDeadline deadline = calculator.compute(DISPOSE, day("2026-09-16"));
      assertThat(deadline.due()).isEqualTo(day("2026-10-08"));
      assertThat(deadline.shifted()).isTrue();
      assertThat(deadline.explanation()).contains("第二十二条", "2026-09-16", "15日", "起始日不计入", "2026-10-01",
          "国庆节", "顺延", "2026-10-08");
    }

    @Test
    void theStartDayIsNotCounted() {
      assertThat(calculator.compute(DISPOSE, day("2026-03-02")).due()).isEqualTo(day("2026-03-17"));
    }

    @Test
    void aLastDayOnAMakeUpSaturdayStays() {
      ComputedDeadline deadline = calculator.compute(THIRTY, day("2026-01-15"));
      assertThat(deadline.due()).isEqualTo(day("2026-02-14"));
      assertThat(deadline.shifted()).isFalse();
      assertThat(deadline.explanation()).contains("调休上班");
    }

    @Test
    void aLastDayOnAnOrdinarySaturdayMovesToMonday() {
      // 2026-05-16 is an ordinary Saturday
      ComputedDeadline deadline = calculator.compute(SIXTY, day("2026-03-17"));
      assertThat(deadline.due()).isEqualTo(day("2026-05-18"));
      assertThat(deadline.explanation()).contains("周六", "顺延至下一个工作日2026-05-18");
    }

    @Test
    void aLastDayInTheLabourDayHoliday2025MovesPastIt() {
      // 2025-05-01..05-05 are the Labour Day holiday
      assertThat(calculator.compute(DISPOSE, day("2025-04-17")).due()).isEqualTo(day("2025-05-06"));
    }
  }

  @Nested
  class WorkingDays {

    @Test
    void fiveWorkingDaysAcrossNationalDayEndOnTheMakeUpSaturday() {
      ComputedDeadline deadline = calculator.compute(OBJECTION, day("2026-09-28"));
      assertThat(deadline.due()).isEqualTo(day("2026-10-10"));
      assertThat(deadline.explanation()).contains("5个工作日", "调休上班日计入", "2026-10-10");
    }

    @Test
    void fiveWorkingDaysAcrossTheSpringFestival2026() {
      // holiday 2026-02-15..02-23; 02-14 is a make-up Saturday:
      // 02-13 (1), 02-14 (2), 02-24 (3), 02-25 (4), 02-26 (5)
      assertThat(calculator.compute(OBJECTION, day("2026-02-12")).due()).isEqualTo(day("2026-02-26"));
    }

    @Test
    void aMakeUpWorkdayOf2025Counts() {
      // 2025-09-28 (a Sunday) is a make-up workday for National Day 2025
      assertThat(calculator.addWorkingDays(day("2025-09-26"), 1)).isEqualTo(day("2025-09-28"));
    }
  }

  @Nested
  class ExtensionsAndPauses {

    @Test
    void anExtensionStartsFromTheShiftedLastDay() {
      // 60 days from 2026-03-05 end on 05-04 (Labour Day) → 05-06; +10 → 05-16 (Saturday) → 05-18
      ComputedDeadline deadline = calculator.compute(SIXTY, day("2026-03-05"),
          List.of(new Extension(10, "需要现场核查")), List.of());
      assertThat(deadline.due()).isEqualTo(day("2026-05-18"));
      assertThat(deadline.extensionDays()).isEqualTo(10);
      assertThat(deadline.explanation()).contains("延期10日", "需要现场核查", "2026-05-06", "2026-05-18");
    }

    @Test
    void twoExtensionsAddUp() {
      ComputedDeadline deadline = calculator.compute(SIXTY, day("2026-06-01"),
          List.of(new Extension(10, "a"), new Extension(5, "b")), List.of());
      assertThat(deadline.extensionDays()).isEqualTo(15);
      // 07-31 + 10 = 08-10 (Monday), + 5 = 08-15 (Saturday) → 08-17
      assertThat(deadline.due()).isEqualTo(day("2026-08-17"));
    }

    @Test
    void aHearingSpanningNationalDayAddsItsCalendarDays() {
      ComputedDeadline deadline = calculator.compute(THIRTY, day("2026-09-20"), List.of(),
          List.of(new Pause(day("2026-09-30"), day("2026-10-02"), "听证")));
      assertThat(deadline.pausedDays()).isEqualTo(3);
      assertThat(deadline.due()).isEqualTo(day("2026-10-23"));
      assertThat(deadline.explanation()).contains("听证2026-09-30至2026-10-02共3日不计入期间");
    }

    @Test
    void overlappingPausesCountEachDayOnce() {
      ComputedDeadline deadline = calculator.compute(THIRTY, day("2026-06-01"), List.of(),
          List.of(new Pause(day("2026-06-10"), day("2026-06-12"), "听证"),
              new Pause(day("2026-06-12"), day("2026-06-13"), "听证")));
      assertThat(deadline.pausedDays()).isEqualTo(4);
      // 07-01 + 4 = 07-05 (Sunday) → 07-06
      assertThat(deadline.due()).isEqualTo(day("2026-07-06"));
    }
  }

  @Nested
  class Moments {

    private final ZoneId beijing = Beijing.ZONE;

    @Test
    void aPeriodEndsAt24OfItsLastDayBeijingTime() {
      ComputedDeadline deadline = calculator.compute(DISPOSE, day("2026-03-02"));
      assertThat(deadline.endsAt(beijing)).isEqualTo(day("2026-03-18").atStartOfDay(beijing).toInstant());
      assertThat(deadline.warnsAt(beijing, 3)).isEqualTo(day("2026-03-14").atStartOfDay(beijing).toInstant());
      assertThat(deadline.daysLeft(day("2026-03-17"))).isZero();
      assertThat(deadline.daysLeft(day("2026-03-19"))).isEqualTo(-2);
    }

    @Test
    void aWarningNeverComesBeforeTheFirstCountedDay() {
      ComputedDeadline deadline = calculator.compute(new PeriodRule("X", "a", 1, DayCount.CALENDAR, "d"),
          day("2026-03-02"));
      assertThat(deadline.warnsAt(beijing, 3)).isEqualTo(day("2026-03-03").atStartOfDay(beijing).toInstant());
    }
  }

  @Test
  void aYearWithoutAPublishedScheduleIsSaidSo() {
    ComputedDeadline deadline = calculator.compute(SIXTY, day("2026-12-20"));
    assertThat(deadline.scheduleIncomplete()).isTrue();
    assertThat(deadline.explanation()).contains("2027年节假日安排尚未载入，仅按周末计算");
    assertThat(calculator.compute(SIXTY, day("2026-01-05")).scheduleIncomplete()).isFalse();
  }

  @Test
  void invalidArgumentsAreRefused() {
    assertThatThrownBy(() -> new PeriodRule("X", "a", 0, DayCount.CALENDAR, "d"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("至少为1");
    assertThatThrownBy(() -> new Pause(day("2026-03-05"), day("2026-03-04"), "听证"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("早于");
    assertThatThrownBy(() -> new Extension(0, "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
