package org.xinfangflow.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.xinfangflow.shared.ApiProblem;

/**
 * 统计期间 — the first and last day of a report, both included: a calendar year, or any range of days of at
 * most ten years, between 2000 and 2100. Bad values are 400 problems naming the parameter ({@code year},
 * {@code from}, {@code to}).
 */
record ReportPeriod(LocalDate from, LocalDate to, Integer year) {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  static final int MAX_YEARS = 10;

  /** 1 January to 31 December of the year given as text. */
  static ReportPeriod ofYear(String text) {
    if (text == null || text.isBlank()) {
      throw ApiProblem.badInput("year", "year: 必填");
    }
    try {
      return ofYear(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      throw badYear(text);
    }
  }

  static ReportPeriod ofYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw badYear(String.valueOf(year));
    }
    return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year);
  }

  /** Both days given as text ({@code 2026-01-31}); the last not before the first, at most ten years apart. */
  static ReportPeriod ofRange(String from, String to) {
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    if (last.isBefore(first)) {
      throw ApiProblem.badInput("to", "to: 结束日期不能早于开始日期（" + first + "）");
    }
    if (last.isAfter(first.plusYears(MAX_YEARS))) {
      throw ApiProblem.badInput("to", "to: 统计期间最长" + MAX_YEARS + "年");
    }
    return new ReportPeriod(first, last, null);
  }

  /** The same days one year earlier (同比). */
  ReportPeriod yearBefore() {
    return new ReportPeriod(from.minusYears(1), to.minusYears(1), year == null ? null : year - 1);
  }

  /** For file names: {@code 2026}, or {@code 2026-01-01_2026-06-30}. */
  String label() {
    return year != null ? year.toString() : from + "_" + to;
  }

  private static ApiProblem badYear(String text) {
    return ApiProblem.badInput("year", "year: 取值 '" + text + "' 无效，应为 " + FIRST_YEAR + "–" + LAST_YEAR + " 的年份");
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      throw ApiProblem.badInput(field, field + ": 必填");
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw ApiProblem.badInput(field, field + ": 取值 '" + text + "' 无效，应为日期，如 2026-01-31");
  }
}
