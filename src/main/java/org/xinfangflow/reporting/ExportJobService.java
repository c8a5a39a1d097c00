package org.xinfangflow.reporting;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.shared.ApiProblem;

/**
 * 导出任务 — asks for an export to be written in the background, and shows the caller their own jobs and
 * files; another user's job is answered as not found. A request is checked whole (period, format, part,
 * jurisdiction within the caller's scope) before anything is written.
 */
@Service
class ExportJobService {

  private static final int LISTED = 50;

  private final ExportJobs jobs;
  private final ExportJobRunner runner;
  private final ExportFiles files;
  private final ReportService reports;
  private final UserDirectory directory;
  private final ReportsProperties properties;
  private final Clock clock;

  ExportJobService(ExportJobs jobs, ExportJobRunner runner, ExportFiles files, ReportService reports,
      UserDirectory directory, ReportsProperties properties, Clock clock) {
    this.jobs = jobs;
    this.runner = runner;
    this.files = files;
    this.reports = reports;
    this.directory = directory;
    this.properties = properties;
    this.clock = clock;
  }

  /** Records the job QUEUED and hands it to a thread; answers it as recorded. */
  ExportView start(CurrentUser user, ExportRequest request) {
    ExportSpec spec = spec(user, request);
    if (jobs.unfinishedOf(user.username()) >= properties.exportMaxPending()) {
      throw new ExportProblem(HttpStatus.CONFLICT, "too-many-exports", "导出任务过多", "Too many exports",
          "您已有 " + properties.exportMaxPending() + " 个导出任务正在排队或进行，请等其完成后再导出");
    }
    ExportJob job = new ExportJob(UUID.randomUUID().toString(), user.username(), spec, ExportJob.Status.QUEUED, 0, 0,
        null, null, clock.instant(), null, null, null, null, null, null, null);
    jobs.insert(job);
    runner.submit(job.id());
    return view(job);
  }

  List<ExportView> mine(CurrentUser user) {
    return jobs.of(user.username(), LISTED).stream().map(this::view).toList();
  }

  ExportView get(CurrentUser user, String id) {
    return view(own(user, id));
  }

  /** The finished job and its file; 409 while it is not DONE. */
  Download file(CurrentUser user, String id) {
    ExportJob job = own(user, id);
    if (job.status() != ExportJob.Status.DONE) {
      throw new ExportProblem(HttpStatus.CONFLICT, "export-not-ready", "导出文件尚未生成", "Export not ready",
          job.status() == ExportJob.Status.FAILED ? "导出任务失败：" + job.error() : "导出任务尚未完成（" + job.status()
              + "），请稍后再下载").with("status", job.status().name());
    }
    Path file = files.find(job.storedFile()).orElseThrow(() -> new ExportProblem(HttpStatus.GONE, "export-gone",
        "导出文件已不存在", "Export file gone", "导出文件已被清理，请重新导出"));
    return new Download(job, file);
  }

  /** A finished job and where its file lies. */
  record Download(ExportJob job, Path file) {
  }

  private ExportJob own(CurrentUser user, String id) {
    return jobs.find(id).filter(job -> job.owner().equals(user.username()))
        .orElseThrow(() -> ApiProblem.notFound("导出任务", id));
  }

  private ExportView view(ExportJob job) {
    return ExportView.of(job, directory.unitName(job.spec().jurisdiction()).orElse(job.spec().jurisdiction()));
  }

  private ExportSpec spec(CurrentUser user, ExportRequest request) {
    ReportPeriod period = period(request);
    if (request.format() == null) {
      throw ApiProblem.badInput("format", "format: 必填，XLSX 或 CSV");
    }
    if (request.format() == ExportSpec.Format.XLSX && request.part() != null) {
      throw ApiProblem.badInput("part", "part: 只用于 CSV（XLSX 已包含指标和事项清单）");
    }
    return new ExportSpec(request.format(), request.part(), period, reports.jurisdiction(user,
        request.jurisdiction()));
  }

  private static ReportPeriod period(ExportRequest request) {
    boolean range = request.from() != null || request.to() != null;
    if (request.year() != null && range) {
      throw ApiProblem.badInput("year", "year: 填写年度（year）或起止日期（from、to），不能同时填写");
    }
    if (request.year() != null) {
      return ReportPeriod.ofYear(request.year());
    }
    if (!range) {
      throw ApiProblem.badInput("year", "year: 必填：年度（year），或起止日期（from 和 to）");
    }
    return ReportPeriod.ofRange(request.from(), request.to());
  }
}
