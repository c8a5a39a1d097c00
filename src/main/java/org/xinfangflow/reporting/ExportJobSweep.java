package org.xinfangflow.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps export jobs in order. At startup, before the server takes requests: the jobs this node left RUNNING
 * are FAILED (they will never end); once ready, the QUEUED ones are handed to its threads. Then by cron
 * ({@code xinfang.reports.export-sweep-cron}, every minute): RUNNING jobs whose progress has not moved for {@code export-stale-after} are FAILED (their
 * node is gone); QUEUED jobs are handed over again; jobs ended more than {@code export-retention} ago are
 * deleted with their files; part files of no running job are removed. Safe on several nodes at once: each
 * change is a conditional update, and a file is deleted only with its row or when no job runs it.
 */
@Component
class ExportJobSweep implements SmartInitializingSingleton {

  static final String RESTARTED = "导出中断：服务已重启，请重新导出";
  static final String STALE = "导出中断：执行导出的服务节点已无响应，请重新导出";
  private static final Logger log = LoggerFactory.getLogger(ExportJobSweep.class);
  private static final int BATCH = 100;

  private final ExportJobs jobs;
  private final ExportFiles files;
  private final ExportJobRunner runner;
  private final ReportsProperties properties;
  private final Clock clock;

  ExportJobSweep(ExportJobs jobs, ExportFiles files, ExportJobRunner runner, ReportsProperties properties,
      Clock clock) {
    this.jobs = jobs;
    this.files = files;
    this.runner = runner;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    recover();
  }

  /** Fails the jobs this node left RUNNING before it was restarted. */
  void recover() {
    int failed = jobs.failRunningOf(properties.exportNode(), RESTARTED, clock.instant());
    if (failed > 0) {
      log.warn("{} export jobs left running by this node ({}) before it restarted are failed", failed,
          properties.exportNode());
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    handOverQueued();
  }

  @Scheduled(cron = "${xinfang.reports.export-sweep-cron:15 * * * * *}", zone = "Asia/Shanghai")
  void scheduled() {
    sweep();
  }

  /** One sweep; answers how many jobs it deleted as expired. */
  int sweep() {
    Instant now = clock.instant();
    int stale = jobs.failStale(now.minus(properties.exportStaleAfter()), STALE, now);
    if (stale > 0) {
      log.warn("{} export jobs whose progress stopped for {} are failed", stale, properties.exportStaleAfter());
    }
    handOverQueued();
    int expired = 0;
    List<ExportJob> ended;
    do {
      ended = jobs.endedBefore(now.minus(properties.exportRetention()), BATCH);
      for (ExportJob job : ended) {
        files.delete(job.storedFile());
        jobs.delete(job.id());
        expired++;
      }
    } while (ended.size() == BATCH);
    for (String id : files.parts()) {
      if (!jobs.isRunning(id)) {
        files.deletePart(id);
      }
    }
    return expired;
  }

  private void handOverQueued() {
    for (String id : jobs.queued(BATCH)) {
      if (!runner.submit(id)) {
        return;
      }
    }
  }
}
