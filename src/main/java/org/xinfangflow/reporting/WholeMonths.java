package org.xinfangflow.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole calendar months of a period, from the first day of the first to the last day of the last: the part
 * of a period the running totals (report_matter_total, kept per month) can answer; the days outside them are
 * counted from the fact rows.
 */
record WholeMonths(LocalDate first, LocalDate last) {

  /** The whole months within {@code from}–{@code to} (both days included), or null when there is none. */
  static WholeMonths of(LocalDate from, LocalDate to) {
    YearMonth first = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
    YearMonth last = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to) : YearMonth.from(to).minusMonths(1);
    return first.isAfter(last) ? null : new WholeMonths(first.atDay(1), last.atEndOfMonth());
  }

  /** The days of {@code from}–{@code to} outside {@code months} (null: all of them), as first and last days. */
  static List<LocalDate[]> daysOutside(WholeMonths months, LocalDate from, LocalDate to) {
    List<LocalDate[]> days = new ArrayList<>();
    if (months == null) {
      if (!from.isAfter(to)) {
        days.add(new LocalDate[] {from, to});
      }
      return days;
    }
    if (from.isBefore(months.first())) {
      days.add(new LocalDate[] {from, months.first().minusDays(1)});
    }
    if (to.isAfter(months.last())) {
      days.add(new LocalDate[] {months.last().plusDays(1), to});
    }
    return days;
  }
}
