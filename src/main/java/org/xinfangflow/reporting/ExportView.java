package org.xinfangflow.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 导出任务 as the API shows it: where the job is ({@code status}, {@code rowsDone} of {@code rowsTotal} fact
 * rows read, {@code progress} from 0 to 1), what it covers, and once DONE the file's name and size.
 */
record ExportView(String id, ExportJob.Status status, ExportSpec.Format format, ExportSpec.Part part, Integer year,
    LocalDate from, LocalDate to, String jurisdiction, String jurisdictionName, long rowsDone, long rowsTotal,
    double progress, Instant createdAt, Instant finishedAt, String error, String fileName, Long sizeBytes) {

  static ExportView of(ExportJob job, String jurisdictionName) {
    ExportSpec spec = job.spec();
    return new ExportView(job.id(), job.status(), spec.format(), spec.part(), spec.period().year(),
        spec.period().from(), spec.period().to(), spec.jurisdiction(), jurisdictionName, job.rowsDone(),
        job.rowsTotal(), job.progress(), job.createdAt(), job.finishedAt(), job.error(),
        job.status() == ExportJob.Status.DONE ? job.fileName() : null, job.sizeBytes());
  }
}
