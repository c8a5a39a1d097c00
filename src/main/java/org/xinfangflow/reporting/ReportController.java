package org.xinfangflow.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.shared.ApiProblem;

/** 统计报表 (API.md): a year, or any range of days, for a jurisdiction within the caller's scope. */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;
  private static final int MAX_YEARS = 10;

  private final ReportService reports;
  private final UserDirectory directory;

  ReportController(ReportService reports, UserDirectory directory) {
    this.reports = reports;
    this.directory = directory;
  }

  /** {@code GET /api/reports/yearly?year=2026&jurisdiction=}: matters received from 1 January to 31 December. */
  @GetMapping("/yearly")
  ReportView yearly(@RequestParam(required = false) String year, @RequestParam(required = false) String jurisdiction) {
    int value = year(year);
    return reports.report(directory.current(), LocalDate.of(value, 1, 1), LocalDate.of(value, 12, 31), jurisdiction);
  }

  /** {@code GET /api/reports?from=2026-01-01&to=2026-06-30&jurisdiction=}: both days included. */
  @GetMapping
  ReportView range(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String jurisdiction) {
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    if (last.isBefore(first)) {
      throw ApiProblem.badInput("to", "to: 结束日期不能早于开始日期（" + first + "）");
    }
    if (last.isAfter(first.plusYears(MAX_YEARS))) {
      throw ApiProblem.badInput("to", "to: 统计期间最长" + MAX_YEARS + "年");
    }
    return reports.report(directory.current(), first, last, jurisdiction);
  }

  private static int year(String text) {
    if (text == null || text.isBlank()) {
      throw ApiProblem.badInput("year", "year: 必填");
    }
    try {
      int year = Integer.parseInt(text.strip());
      if (year >= FIRST_YEAR && year <= LAST_YEAR) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiProblem.badInput("year", "year: 取值 '" + text + "' 无效，应为 " + FIRST_YEAR + "–" + LAST_YEAR + " 的年份");
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
