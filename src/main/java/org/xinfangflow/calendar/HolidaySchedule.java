package org.xinfangflow.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** 节假日安排 — which days are working days, by the State Council's yearly schedule. */
public interface HolidaySchedule {

  /** A weekday that is not a public holiday, or a make-up workday (调休上班). */
  boolean isWorkingDay(LocalDate date);

  /** "国庆节" for a holiday, "国庆节调休上班" for a make-up workday, empty for an ordinary day. */
  Optional<String> dayName(LocalDate date);

  /** Whether the schedule of this year is known; otherwise only weekends count as rest days. */
  boolean covers(int year);
}
