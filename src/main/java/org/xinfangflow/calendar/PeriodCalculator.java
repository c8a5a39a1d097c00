package org.xinfangflow.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * 期间计算 (DOMAIN.md §3; Civil Code Art. 201-203): the start day is not counted; a period ends at
 * 24:00 of its last day; a last day on a rest day moves to the next working day. Working days
 * skip weekends and holidays but count make-up workdays. Pauses lengthen the period by their days;
 * an extension adds its days to the last day in force, which is then checked for a rest day again.
 */
public final class PeriodCalculator {

  private final HolidaySchedule schedule;

  public PeriodCalculator(HolidaySchedule schedule) {
    this.schedule = schedule;
  }

  public ComputedDeadline compute(PeriodRule rule, LocalDate start) {
    return compute(rule, start, List.of(), List.of());
  }

  public ComputedDeadline compute(PeriodRule rule, LocalDate start, List<Extension> extensions, List<Pause> pauses) {
    Explanation text = new Explanation(schedule, rule, start);
    int pausedDays = pausedDays(pauses);
    pauses.forEach(text::pause);
    LocalDate due;
    boolean shifted = false;
    if (rule.count() == DayCount.WORKING) {
      due = addWorkingDays(start, rule.length() + pausedDays);
      text.workingDayEnd(rule.length() + pausedDays, due);
    } else {
      LocalDate nominal = start.plusDays(rule.length() + pausedDays);
      due = nextWorkingDayOnOrAfter(nominal);
      shifted = !due.equals(nominal);
      text.calendarEnd(rule.length() + pausedDays, nominal, due);
    }
    int extensionDays = 0;
    for (Extension extension : extensions) {
      LocalDate before = due;
      LocalDate nominal;
      if (rule.count() == DayCount.WORKING) {
        nominal = addWorkingDays(before, extension.days());
        due = nominal;
      } else {
        nominal = before.plusDays(extension.days());
        due = nextWorkingDayOnOrAfter(nominal);
        shifted = shifted || !due.equals(nominal);
      }
      extensionDays += extension.days();
      text.extension(extension, before, nominal, due);
    }
    boolean incomplete = !scheduleCovers(start, due);
    text.finish(due, incomplete ? uncoveredYears(start, due) : Set.of());
    return new ComputedDeadline(rule, start, due, extensionDays, pausedDays, shifted, incomplete, text.toString());
  }

  /** The date itself if it is a working day, else the next working day. */
  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!schedule.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The n-th working day after the start day (the start day not counted). */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    LocalDate day = start;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (schedule.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** Days of all pauses; a day covered by two pauses counts once. */
  private static int pausedDays(List<Pause> pauses) {
    Set<LocalDate> days = new TreeSet<>();
    for (Pause pause : pauses) {
      pause.from().datesUntil(pause.to().plusDays(1)).forEach(days::add);
    }
    return days.size();
  }

  private boolean scheduleCovers(LocalDate start, LocalDate due) {
    return uncoveredYears(start, due).isEmpty();
  }

  private Set<Integer> uncoveredYears(LocalDate start, LocalDate due) {
    Set<Integer> years = new TreeSet<>();
    for (int year = start.getYear(); year <= due.getYear(); year++) {
      if (!schedule.covers(year)) {
        years.add(year);
      }
    }
    return years;
  }
}
