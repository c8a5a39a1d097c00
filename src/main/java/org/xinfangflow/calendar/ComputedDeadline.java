package org.xinfangflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 期限 — the last day of a period and how it was reached. {@code shifted}: the last day was moved off
 * a rest day; {@code scheduleIncomplete}: a year on the way has no published holiday schedule.
 */
public record ComputedDeadline(PeriodRule rule, LocalDate start, LocalDate due, int extensionDays, int pausedDays,
    boolean shifted, boolean scheduleIncomplete, String explanation) {

  /** The moment the period is over: the start of the day after the last day (24:00 of the last day). */
  public Instant endsAt(ZoneId zone) {
    return due.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The start of the day {@code warnDays} before the last day, but never before the first day counted. */
  public Instant warnsAt(ZoneId zone, int warnDays) {
    LocalDate warnOn = due.minusDays(warnDays);
    LocalDate firstCounted = start.plusDays(1);
    return (warnOn.isBefore(firstCounted) ? firstCounted : warnOn).atStartOfDay(zone).toInstant();
  }

  /** Days from today to the last day: 0 on the last day, negative when late. */
  public long daysLeft(LocalDate today) {
    return due.toEpochDay() - today.toEpochDay();
  }
}
