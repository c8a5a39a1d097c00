package org.xinfangflow.reporting;

import java.time.Instant;

/**
 * 导出任务 — one row of {@code report_export}: who asked for what, where the job is and how far it got
 * (fact rows read of those to read), and the file it wrote ({@code storedFile} under the exports directory,
 * offered as {@code fileName}).
 */
record ExportJob(String id, String owner, ExportSpec spec, Status status, long rowsDone, long rowsTotal,
    String node, String claim, Instant createdAt, Instant startedAt, Instant heartbeatAt, Instant finishedAt,
    String error, String storedFile, String fileName, Long sizeBytes) {

  /** QUEUED → RUNNING → DONE or FAILED. */
  enum Status { QUEUED, RUNNING, DONE, FAILED }

  /** How far, from 0 to 1: rows read of rows to read; 1 once done. */
  double progress() {
    if (status == Status.DONE) {
      return 1.0;
    }
    return rowsTotal == 0 ? 0.0 : Math.min(1.0, Math.round(10_000.0 * rowsDone / rowsTotal) / 10_000.0);
  }
}
