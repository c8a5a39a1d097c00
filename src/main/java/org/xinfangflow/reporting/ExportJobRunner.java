package org.xinfangflow.reporting;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs export jobs on a small executor of its own ({@code xinfang.reports.export-threads}, 1 by default, and a
 * queue of {@code export-queue}; a job that finds both full stays QUEUED in the database until the sweep hands
 * it over again). A job is claimed by a conditional update, so of several nodes only one runs it; it writes
 * {@code <id>.part}, records its progress after every page (in a transaction of its own, beside the export's
 * read-only one), then moves the file to its final name and ends DONE — or FAILED with the reason, its part
 * file removed. A job whose claim was lost meanwhile (failed as stale) stops at its next page.
 */
@Component
class ExportJobRunner implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ExportJobRunner.class);

  private final ExportJobs jobs;
  private final ExportFiles files;
  private final ReportExporter exporter;
  private final String node;
  private final Clock clock;
  private final TransactionTemplate separately;
  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
  private final Set<String> handedOver = ConcurrentHashMap.newKeySet();

  ExportJobRunner(ExportJobs jobs, ExportFiles files, ReportExporter exporter, ReportsProperties properties,
      Clock clock, PlatformTransactionManager transactionManager) {
    this.jobs = jobs;
    this.files = files;
    this.exporter = exporter;
    this.node = properties.exportNode();
    this.clock = clock;
    this.separately = new TransactionTemplate(transactionManager);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    executor.setCorePoolSize(properties.exportThreads());
    executor.setMaxPoolSize(properties.exportThreads());
    executor.setQueueCapacity(properties.exportQueue());
    executor.setThreadNamePrefix("report-export-");
    executor.setWaitForTasksToCompleteOnShutdown(false);
    executor.initialize();
  }

  /** Hands a QUEUED job to this node's threads; false when they are busy and the queue is full. */
  boolean submit(String id) {
    if (!handedOver.add(id)) {
      return true;
    }
    try {
      executor.execute(() -> {
        try {
          run(id);
        } finally {
          handedOver.remove(id);
        }
      });
      return true;
    } catch (TaskRejectedException e) {
      handedOver.remove(id);
      return false;
    }
  }

  /** Runs the job here and now, if it can still be claimed (it is QUEUED). */
  void run(String id) {
    String claim = UUID.randomUUID().toString();
    if (!inOwnTransaction(() -> jobs.claim(id, node, claim, clock.instant()))) {
      return;
    }
    ExportJob job = jobs.find(id).orElseThrow();
    ExportSpec spec = job.spec();
    try {
      long total = exporter.rowsToRead(spec);
      progress(id, claim, 0, total);
      try (OutputStream out = new BufferedOutputStream(files.create(id), 64 * 1024)) {
        exporter.write(spec, out, "async", rows -> progress(id, claim, rows, total));
      }
      String stored = files.complete(id, spec);
      long size = files.size(stored);
      if (!inOwnTransaction(() -> jobs.done(id, claim, stored, spec.fileName(), size, clock.instant()))) {
        files.delete(stored);
      }
    } catch (ClaimLost e) {
      log.warn("Export {} was failed by the sweep while running; its file is dropped", id);
      files.deletePart(id);
    } catch (IOException | RuntimeException e) {
      log.error("Export {} failed", id, e);
      files.deletePart(id);
      inOwnTransaction(() -> jobs.failed(id, claim, "导出失败（" + e.getClass().getSimpleName()
          + "），请重新导出；原因已记入服务器日志", clock.instant()));
    }
  }

  private void progress(String id, String claim, long rows, long total) {
    if (!inOwnTransaction(() -> jobs.progress(id, claim, rows, Math.max(rows, total), clock.instant()))) {
      throw new ClaimLost();
    }
  }

  private boolean inOwnTransaction(Supplier<Boolean> update) {
    return Boolean.TRUE.equals(separately.execute(status -> update.get()));
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }

  /** The job is no longer this node's to finish. */
  private static final class ClaimLost extends RuntimeException {
    ClaimLost() {
      super(null, null, false, false);
    }
  }
}
