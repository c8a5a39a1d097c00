package org.xinfangflow.reporting;

import org.springframework.http.MediaType;

/**
 * 导出 — what one export writes: the format, for CSV the part (the figures, or the matters list), the period
 * and the jurisdiction (already checked against the caller's scope).
 */
record ExportSpec(Format format, Part part, ReportPeriod period, String jurisdiction) {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  /** XLSX (every sheet) or CSV (one part). */
  enum Format { XLSX, CSV }

  /** Of a CSV export: the figures table, or the matters list. */
  enum Part { FIGURES, MATTERS }

  ExportSpec {
    part = format == Format.XLSX ? null : part == null ? Part.FIGURES : part;
  }

  MediaType mediaType() {
    return format == Format.XLSX ? XLSX : CSV;
  }

  /** {@code report-BUREAU-2026.xlsx}, {@code report-BUREAU-2026-01-01_2026-06-30-matters.csv}. */
  String fileName() {
    return "report-" + jurisdiction + "-" + period.label() + (part == Part.MATTERS ? "-matters" : "") + "."
        + format.name().toLowerCase();
  }
}
