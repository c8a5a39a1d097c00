package org.xinfangflow.reporting;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/** 统计报表 (API.md): a year, or any range of days, for a jurisdiction within the caller's scope. */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  private final ReportService reports;
  private final UserDirectory directory;

  ReportController(ReportService reports, UserDirectory directory) {
    this.reports = reports;
    this.directory = directory;
  }

  /** {@code GET /api/reports/yearly?year=2026&jurisdiction=}: matters received from 1 January to 31 December. */
  @GetMapping("/yearly")
  ReportView yearly(@RequestParam(required = false) String year, @RequestParam(required = false) String jurisdiction) {
    ReportPeriod period = ReportPeriod.ofYear(year);
    return reports.report(directory.current(), period.from(), period.to(), jurisdiction);
  }

  /** {@code GET /api/reports?from=2026-01-01&to=2026-06-30&jurisdiction=}: both days included. */
  @GetMapping
  ReportView range(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String jurisdiction) {
    ReportPeriod period = ReportPeriod.ofRange(from, to);
    return reports.report(directory.current(), period.from(), period.to(), jurisdiction);
  }

  /** {@code GET /api/reports/definitions}: how each figure is computed (指标说明), as the exports print it. */
  @GetMapping("/definitions")
  Definitions definitions() {
    return new Definitions(List.of(ReportFigure.values()).stream()
        .map(f -> new Definition(f.key(), f.label(), f.numerator(), f.denominator(), f.basis())).toList(),
        ReportFigure.RULES);
  }

  /** The figures' definitions and the rules they all follow. */
  record Definitions(List<Definition> figures, List<ReportFigure.Rule> rules) {
  }

  record Definition(String figure, String name, String numerator, String denominator, String basis) {
  }
}
