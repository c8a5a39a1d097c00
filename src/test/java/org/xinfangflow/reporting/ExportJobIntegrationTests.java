package org.xinfangflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.TimeMachine;

/**
 * Export jobs and the memory bound, on 3,000 matters written straight into the projection (year 2031, a unit
 * of its own, removed afterwards): the matters are read in pages of the configured size and never whole; a
 * job goes QUEUED → DONE with its progress and its file, for its owner only; a job that cannot write its file
 * ends FAILED with the reason; jobs left running at a restart or by a vanished node are failed; old jobs
 * expire with their files.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportJobIntegrationTests {

  private static final int MATTERS = 3_000;

  private final Api api;
  private final TimeMachine time;
  private final JdbcTemplate jdbc;
  private final FactQueries facts;
  private final ReportExporter exporter;
  private final ExportJobs jobs;
  private final ExportJobRunner runner;
  private final ExportJobSweep sweep;
  private final ExportFiles files;
  private final ReportsProperties properties;
  private final MeterRegistry meters;
  private final String unit = "X-" + UUID.randomUUID().toString().substring(0, 8);
  private final String auditor = "xaud-" + unit;
  private final String otherAuditor = "xaud2-" + unit;

  @Autowired
  ExportJobIntegrationTests(Api api, TimeMachine time, JdbcTemplate jdbc, FactQueries facts, ReportExporter exporter,
      ExportJobs jobs, ExportJobRunner runner, ExportJobSweep sweep, ExportFiles files, ReportsProperties properties,
      MeterRegistry meters, UserDirectory directory) {
    this.api = api;
    this.time = time;
    this.jdbc = jdbc;
    this.facts = facts;
    this.exporter = exporter;
    this.jobs = jobs;
    this.runner = runner;
    this.sweep = sweep;
    this.files = files;
    this.properties = properties;
    this.meters = meters;
    directory.saveUnit(unit, "导出分页测试局", null, "110101");
    directory.saveUnit(unit + "-2", "另一导出测试局", null, "110101");
    directory.saveUser(auditor, "导出审计员", "demo", unit, Role.AUDITOR);
    directory.saveUser(otherAuditor, "另一导出审计员", "demo", unit + "-2", Role.AUDITOR);
  }

  /** 3,000 matters received in 2031, every other one evaluated 满意. */
  @BeforeAll
  void matters() {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < MATTERS; i++) {
      rows.add(new Object[] {unit + "-" + i, "pi-" + unit, LocalDate.of(2031, 1, 1).plusDays(i % 365), "LETTER",
          "城乡建设", unit, unit, i % 2 == 0 ? "SATISFIED" : null});
    }
    jdbc.batchUpdate("""
        insert into report_matter_fact (number, process_instance_id, received_on, channel, category, registering_unit,
          handling_unit, notice_owed, extension_days, evaluation, evaluation_expired, repeat_count)
        values (?, ?, ?, ?, ?, ?, ?, false, 0, ?, false, 0)""", rows);
  }

  @AfterAll
  void removeThem() {
    jdbc.update("delete from report_matter_fact where process_instance_id = ?", "pi-" + unit);
  }

  @BeforeEach
  void early2032() {
    time.noonOf("2032-01-10");
  }

  @Test
  void theMattersAreReadAPageAtATimeAndNeverWhole() {
    List<List<MatterFact>> pages = new ArrayList<>();
    facts.pagesReceived(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), 250, pages::add);
    assertThat(pages).hasSize(MATTERS / 250).allSatisfy(page -> assertThat(page).hasSize(250));
    List<MatterFact> all = pages.stream().flatMap(List::stream).toList();
    assertThat(all.stream().map(MatterFact::number).distinct().count()).isEqualTo(MATTERS);
    for (int i = 1; i < all.size(); i++) {
      MatterFact before = all.get(i - 1);
      MatterFact after = all.get(i);
      assertThat(before.receivedOn().isBefore(after.receivedOn()) || before.receivedOn().equals(after.receivedOn())
          && before.number().compareTo(after.number()) < 0).as("keyset order at " + i).isTrue();
    }

    // an export reads the same way, at the configured page size, and writes every matter as it goes
    List<Long> progress = new ArrayList<>();
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    exporter.write(spec(ExportSpec.Format.XLSX, null), xlsx, "sync", progress::add, 1_000);
    int pageSize = properties.pageSize();
    assertThat(progress).as("rows read, after every page").hasSize(MATTERS / pageSize).endsWith((long) MATTERS);
    for (int i = 0; i < progress.size(); i++) {
      assertThat(progress.get(i) - (i == 0 ? 0 : progress.get(i - 1))).isEqualTo(pageSize);
    }
    Map<String, List<List<Object>>> sheets = Workbooks.read(xlsx.toByteArray());
    assertThat(sheets.keySet()).containsSubsequence("指标说明", "事项清单", "事项清单（2）", "事项清单（3）", "包案清单");
    assertThat(sheets.get("事项清单（3）")).hasSize(1 + 1_000);
    List<Map<String, Object>> listed = new ArrayList<>();
    List.of("事项清单", "事项清单（2）", "事项清单（3）").forEach(name -> listed.addAll(Workbooks.records(sheets.get(name))));
    assertThat(listed).hasSize(MATTERS);
    assertThat(sheets.get("总体").get(4)).containsExactly("登记数", (double) MATTERS);
    assertThat(sum(listed, "满意率（分母）")).isEqualTo(MATTERS / 2.0);

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    exporter.write(spec(ExportSpec.Format.CSV, ExportSpec.Part.MATTERS), csv, "sync", rows -> { }, 1_000);
    assertThat(csv.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(1 + MATTERS);
  }

  @Test
  void aJobGoesFromQueuedToDoneWithItsProgressAndItsFileForItsOwnerOnly() {
    Api.Response started = api.as(auditor).post("/api/reports/exports", Map.of("year", 2031, "format", "XLSX"));
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String id = started.text("id");
    assertThat(started.headers().getLocation()).hasToString("/api/reports/exports/" + id);
    assertThat(started.text("status")).isEqualTo("QUEUED");
    assertThat(started.body().path("progress").asDouble()).isZero();
    assertThat(started.text("jurisdiction")).isEqualTo(unit);

    JsonNode done = awaitEnd(id);
    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DONE");
    assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
    assertThat(done.path("rowsTotal").asLong()).isEqualTo(MATTERS);
    assertThat(done.path("rowsDone").asLong()).isEqualTo(MATTERS);
    assertThat(done.path("fileName").asText()).isEqualTo("report-" + unit + "-2031.xlsx");
    assertThat(done.path("finishedAt").isNull()).isFalse();

    Api.Raw file = api.as(auditor).download("/api/reports/exports/" + id + "/file");
    assertThat(file.status()).isEqualTo(200);
    assertThat((long) file.body().length).isEqualTo(done.path("sizeBytes").asLong());
    Map<String, List<List<Object>>> sheets = Workbooks.read(file.body());
    assertThat(sheets.keySet()).containsExactlyElementsOf(ReportExportIntegrationTests.SHEETS);
    assertThat(sheets.get("事项清单")).hasSize(1 + MATTERS);
    assertThat(api.as(auditor).get("/api/reports/exports").body().path(0).path("id").asText()).isEqualTo(id);
    assertThat(meters.find("xinfang.reports.export").tags("format", "xlsx", "mode", "async").timer())
        .satisfies(timer -> assertThat(timer.count()).isPositive());

    assertThat(api.as(otherAuditor).get("/api/reports/exports/" + id).status()).isEqualTo(404);
    assertThat(api.as(otherAuditor).download("/api/reports/exports/" + id + "/file").status()).isEqualTo(404);
    assertThat(api.as(otherAuditor).get("/api/reports/exports").body().toString()).doesNotContain(id);
  }

  @Test
  void aJobThatCannotWriteItsFileEndsFailedWithTheReason() throws Exception {
    String id = queued(ExportSpec.Format.CSV, ExportSpec.Part.FIGURES);
    Files.createDirectories(files.part(id));
    try {
      runner.run(id);
    } finally {
      Files.deleteIfExists(files.part(id));
    }
    JsonNode failed = api.as(auditor).get("/api/reports/exports/" + id).body();
    assertThat(failed.path("status").asText()).isEqualTo("FAILED");
    assertThat(failed.path("error").asText()).startsWith("导出失败");
    assertThat(failed.path("fileName").isNull()).isTrue();
    Api.Raw file = api.as(auditor).download("/api/reports/exports/" + id + "/file");
    assertThat(file.status()).isEqualTo(409);
    assertThat(file.text()).contains("export-not-ready", "导出任务失败");
  }

  @Test
  void jobsLeftRunningAtARestartOrByAVanishedNodeAreFailedAndEndedJobsExpireWithTheirFiles() {
    String restarted = queued(ExportSpec.Format.XLSX, null);
    assertThat(jobs.claim(restarted, properties.exportNode(), UUID.randomUUID().toString(), time.now().toInstant()))
        .isTrue();
    assertThat(jobs.claim(restarted, "another-node", UUID.randomUUID().toString(), time.now().toInstant()))
        .as("claimed once only").isFalse();
    String elsewhere = queued(ExportSpec.Format.XLSX, null);
    jobs.claim(elsewhere, "another-node", UUID.randomUUID().toString(), time.now().toInstant());

    sweep.recover();
    assertThat(status(restarted)).containsExactly("FAILED", ExportJobSweep.RESTARTED);
    assertThat(status(elsewhere).get(0)).as("another node's job").isEqualTo("RUNNING");
    sweep.sweep();
    assertThat(status(elsewhere).get(0)).as("its progress is recent").isEqualTo("RUNNING");
    time.at(LocalDate.parse("2032-01-10"), LocalTime.NOON.plus(properties.exportStaleAfter()).plusMinutes(1));
    sweep.sweep();
    assertThat(status(elsewhere)).containsExactly("FAILED", ExportJobSweep.STALE);

    String finished = queued(ExportSpec.Format.CSV, ExportSpec.Part.FIGURES);
    runner.run(finished);
    ExportJob done = jobs.find(finished).orElseThrow();
    assertThat(done.status()).isEqualTo(ExportJob.Status.DONE);
    assertThat(files.find(done.storedFile())).isPresent();
    time.noonOf("2032-01-16");
    sweep.sweep();
    assertThat(jobs.find(finished)).as("kept for the retention period").isPresent();
    time.noonOf("2032-01-18");
    assertThat(sweep.sweep()).isGreaterThanOrEqualTo(3);
    assertThat(jobs.find(finished)).isEmpty();
    assertThat(jobs.find(restarted)).isEmpty();
    assertThat(files.find(done.storedFile())).isEmpty();
    assertThat(api.as(auditor).get("/api/reports/exports/" + finished).status()).isEqualTo(404);
  }

  @Test
  void aUserWithTheirMostJobsUnfinishedWaitsForOneToEnd() {
    List<String> waiting = new ArrayList<>();
    for (int i = 0; i < properties.exportMaxPending(); i++) {
      waiting.add(queued(otherAuditor, ExportSpec.Format.CSV, ExportSpec.Part.FIGURES));
    }
    try {
      Api.Response refused = api.as(otherAuditor).post("/api/reports/exports", Map.of("year", 2031, "format", "CSV"));
      assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
      assertThat(refused.text("type")).endsWith("/too-many-exports");
      assertThat(api.as(otherAuditor).get("/api/reports/exports").body().size()).isEqualTo(waiting.size());
    } finally {
      waiting.forEach(jobs::delete);
    }
  }

  private JsonNode awaitEnd(String id) {
    return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
        .until(() -> api.as(auditor).get("/api/reports/exports/" + id).body(),
            job -> job.path("status").asText().equals("DONE") || job.path("status").asText().equals("FAILED"));
  }

  private List<String> status(String id) {
    ExportJob job = jobs.find(id).orElseThrow();
    return java.util.Arrays.asList(job.status().name(), job.error());
  }

  /** A job of the auditor's, recorded QUEUED but handed to no thread. */
  private String queued(ExportSpec.Format format, ExportSpec.Part part) {
    return queued(auditor, format, part);
  }

  private String queued(String owner, ExportSpec.Format format, ExportSpec.Part part) {
    String id = UUID.randomUUID().toString();
    jobs.insert(new ExportJob(id, owner, spec(format, part), ExportJob.Status.QUEUED, 0, 0, null, null,
        time.now().toInstant(), null, null, null, null, null, null, null));
    return id;
  }

  private ExportSpec spec(ExportSpec.Format format, ExportSpec.Part part) {
    return new ExportSpec(format, part, ReportPeriod.ofYear(2031), unit);
  }

  private static double sum(List<Map<String, Object>> rows, String column) {
    return rows.stream().mapToDouble(r -> ((Number) r.get(column)).doubleValue()).sum();
  }
}
