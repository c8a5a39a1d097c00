package org.xinfangflow.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.shared.ApiProblem;

/**
 * 年度统计报表下载 (API.md): {@code GET /api/reports/yearly/2026.xlsx} and {@code .csv} ({@code ?part=matters}:
 * the matters list), streamed to the response as they are written, for the same jurisdiction and scope as
 * {@code /api/reports/yearly}. Parameters are checked before the first byte goes out, so a bad one is still a
 * problem answer. Long periods: an export job ({@link ExportJobController}).
 */
@RestController
@RequestMapping("/api/reports/yearly")
class ReportFileController {

  private final ReportService reports;
  private final ReportExporter exporter;
  private final UserDirectory directory;

  ReportFileController(ReportService reports, ReportExporter exporter, UserDirectory directory) {
    this.reports = reports;
    this.exporter = exporter;
    this.directory = directory;
  }

  @GetMapping("/{year}.xlsx")
  void xlsx(@PathVariable String year, @RequestParam(required = false) String jurisdiction,
      HttpServletResponse response) throws IOException {
    send(spec(ExportSpec.Format.XLSX, null, year, jurisdiction), response);
  }

  @GetMapping("/{year}.csv")
  void csv(@PathVariable String year, @RequestParam(required = false) String jurisdiction,
      @RequestParam(required = false) String part, HttpServletResponse response) throws IOException {
    send(spec(ExportSpec.Format.CSV, part(part), year, jurisdiction), response);
  }

  private ExportSpec spec(ExportSpec.Format format, ExportSpec.Part part, String year, String jurisdiction) {
    ReportPeriod period = ReportPeriod.ofYear(year);
    return new ExportSpec(format, part, period, reports.jurisdiction(directory.current(), jurisdiction));
  }

  private void send(ExportSpec spec, HttpServletResponse response) throws IOException {
    response.setContentType(spec.mediaType().toString());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(spec.fileName()).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    exporter.write(spec, response.getOutputStream(), "sync", rows -> {
    });
    response.flushBuffer();
  }

  /** {@code figures} (the default) or {@code matters}. */
  static ExportSpec.Part part(String text) {
    if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("figures")) {
      return ExportSpec.Part.FIGURES;
    }
    if (text.strip().equalsIgnoreCase("matters")) {
      return ExportSpec.Part.MATTERS;
    }
    throw ApiProblem.badInput("part", "part: 取值 '" + text + "' 无效，可选 figures（指标，默认）或 matters（事项清单）");
  }
}
