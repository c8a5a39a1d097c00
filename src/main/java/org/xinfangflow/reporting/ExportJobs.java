package org.xinfangflow.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table {@code report_export}. Every change of a job's state is a conditional update: a node claims a
 * QUEUED job only if it is still QUEUED, and writes progress, the end or a failure only under its own claim
 * while the job is RUNNING — so several nodes never run one job twice nor overwrite each other. Each call
 * is its own statement (auto-commit, or the caller's transaction).
 */
@Component
class ExportJobs {

  private static final String RUNNING = "RUNNING";

  private final JdbcTemplate jdbc;

  ExportJobs(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ExportJob job) {
    ExportSpec spec = job.spec();
    jdbc.update("""
        insert into report_export (id, owner, format, part, period_year, period_from, period_to, jurisdiction, status,
          rows_done, rows_total, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)""", job.id(), job.owner(), spec.format().name(),
        spec.part() == null ? null : spec.part().name(), spec.period().year(), spec.period().from(),
        spec.period().to(), spec.jurisdiction(), job.status().name(), ProjectionWriter.timestamp(job.createdAt()));
  }

  Optional<ExportJob> find(String id) {
    return jdbc.query("select * from report_export where id = ?", ExportJobs::job, id).stream().findFirst();
  }

  /** The owner's jobs, newest first. */
  List<ExportJob> of(String owner, int limit) {
    return jdbc.query("select * from report_export where owner = ? order by created_at desc, id"
        + " fetch first ? rows only", ExportJobs::job, owner, limit);
  }

  long unfinishedOf(String owner) {
    Long count = jdbc.queryForObject(
        "select count(*) from report_export where owner = ? and status in ('QUEUED', 'RUNNING')", Long.class, owner);
    return count == null ? 0 : count;
  }

  /** QUEUED jobs, oldest first. */
  List<String> queued(int limit) {
    return jdbc.queryForList("select id from report_export where status = 'QUEUED' order by created_at, id"
        + " fetch first ? rows only", String.class, limit);
  }

  /** Takes a QUEUED job for this node under a new claim; false when it is no longer QUEUED (another took it). */
  boolean claim(String id, String node, String claim, Instant now) {
    return jdbc.update("update report_export set status = 'RUNNING', node = ?, claim = ?, started_at = ?,"
        + " heartbeat_at = ? where id = ? and status = 'QUEUED'", node, claim, ProjectionWriter.timestamp(now),
        ProjectionWriter.timestamp(now), id) == 1;
  }

  /** Rows read so far; false when the claim was lost (the job was failed meanwhile). */
  boolean progress(String id, String claim, long rowsDone, long rowsTotal, Instant now) {
    return jdbc.update("update report_export set rows_done = ?, rows_total = ?, heartbeat_at = ? where id = ?"
        + " and claim = ? and status = '" + RUNNING + "'", rowsDone, rowsTotal, ProjectionWriter.timestamp(now), id,
        claim) == 1;
  }

  boolean done(String id, String claim, String storedFile, String fileName, long sizeBytes, Instant now) {
    return jdbc.update("update report_export set status = 'DONE', rows_done = rows_total, stored_file = ?,"
        + " file_name = ?, size_bytes = ?, finished_at = ?, heartbeat_at = ? where id = ? and claim = ?"
        + " and status = '" + RUNNING + "'", storedFile, fileName, sizeBytes, ProjectionWriter.timestamp(now),
        ProjectionWriter.timestamp(now), id, claim) == 1;
  }

  boolean failed(String id, String claim, String error, Instant now) {
    return jdbc.update("update report_export set status = 'FAILED', error = ?, finished_at = ? where id = ?"
        + " and claim = ? and status = '" + RUNNING + "'", error(error), ProjectionWriter.timestamp(now), id,
        claim) == 1;
  }

  /** Fails the jobs left RUNNING by this node (it was restarted): they will never end. */
  int failRunningOf(String node, String error, Instant now) {
    return jdbc.update("update report_export set status = 'FAILED', error = ?, finished_at = ?"
        + " where status = '" + RUNNING + "' and node = ?", error(error), ProjectionWriter.timestamp(now), node);
  }

  /** Fails the RUNNING jobs whose progress has not moved since {@code before} (their node is gone). */
  int failStale(Instant before, String error, Instant now) {
    return jdbc.update("update report_export set status = 'FAILED', error = ?, finished_at = ?"
        + " where status = '" + RUNNING + "' and heartbeat_at < ?", error(error), ProjectionWriter.timestamp(now),
        ProjectionWriter.timestamp(before));
  }

  /** Jobs that ended before {@code before}. */
  List<ExportJob> endedBefore(Instant before, int limit) {
    return jdbc.query("select * from report_export where status in ('DONE', 'FAILED') and finished_at < ?"
        + " order by finished_at fetch first ? rows only", ExportJobs::job, ProjectionWriter.timestamp(before), limit);
  }

  boolean isRunning(String id) {
    Long count = jdbc.queryForObject("select count(*) from report_export where id = ? and status = '" + RUNNING + "'",
        Long.class, id);
    return count != null && count > 0;
  }

  void delete(String id) {
    jdbc.update("delete from report_export where id = ?", id);
  }

  private static String error(String text) {
    String message = text == null || text.isBlank() ? "导出失败" : text;
    return message.length() > 1000 ? message.substring(0, 1000) : message;
  }

  private static ExportJob job(ResultSet rs, int row) throws SQLException {
    Object year = rs.getObject("period_year");
    String part = rs.getString("part");
    ExportSpec spec = new ExportSpec(ExportSpec.Format.valueOf(rs.getString("format")),
        part == null ? null : ExportSpec.Part.valueOf(part),
        new ReportPeriod(rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
            year == null ? null : ((Number) year).intValue()), rs.getString("jurisdiction"));
    Object size = rs.getObject("size_bytes");
    return new ExportJob(rs.getString("id"), rs.getString("owner"), spec,
        ExportJob.Status.valueOf(rs.getString("status")), rs.getLong("rows_done"), rs.getLong("rows_total"),
        rs.getString("node"), rs.getString("claim"), instant(rs, "created_at"), instant(rs, "started_at"),
        instant(rs, "heartbeat_at"), instant(rs, "finished_at"), rs.getString("error"), rs.getString("stored_file"),
        rs.getString("file_name"), size == null ? null : ((Number) size).longValue());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return ProjectionWriter.instant(rs.getObject(column, OffsetDateTime.class));
  }
}
