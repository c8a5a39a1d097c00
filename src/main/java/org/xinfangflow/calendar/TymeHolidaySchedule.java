package org.xinfangflow.calendar;

import com.tyme.holiday.LegalHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The State Council schedule as the {@code cn.6tail:tyme4j} library publishes it (holidays and
 * make-up workdays, 2025 and 2026 among others); kept up to date by upgrading the library.
 */
public final class TymeHolidaySchedule implements HolidaySchedule {

  private final Map<Integer, Boolean> coveredYears = new ConcurrentHashMap<>();

  @Override
  public boolean isWorkingDay(LocalDate date) {
    LegalHoliday holiday = holiday(date);
    if (holiday != null) {
      return holiday.isWork();
    }
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  @Override
  public Optional<String> dayName(LocalDate date) {
    LegalHoliday holiday = holiday(date);
    if (holiday == null) {
      return Optional.empty();
    }
    return Optional.of(holiday.isWork() ? holiday.getName() + "调休上班" : holiday.getName());
  }

  @Override
  public boolean covers(int year) {
    return coveredYears.computeIfAbsent(year, TymeHolidaySchedule::anyHolidayIn);
  }

  private static boolean anyHolidayIn(int year) {
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (holiday(day) != null) {
        return true;
      }
    }
    return false;
  }

  private static LegalHoliday holiday(LocalDate date) {
    return LegalHoliday.fromYmd(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }
}
