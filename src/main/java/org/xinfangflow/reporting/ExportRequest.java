package org.xinfangflow.reporting;

/**
 * 导出请求 — the body of {@code POST /api/reports/exports}: {@code year}, or {@code from} and {@code to};
 * {@code format} XLSX or CSV; for CSV the {@code part} (FIGURES, the default, or MATTERS); {@code jurisdiction}
 * (the caller's unit when absent).
 */
record ExportRequest(Integer year, String from, String to, String jurisdiction, ExportSpec.Format format,
    ExportSpec.Part part) {
}
