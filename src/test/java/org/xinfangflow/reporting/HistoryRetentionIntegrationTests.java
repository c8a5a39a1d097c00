package org.xinfangflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfangflow.shared.MovableClock;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * History retention (docs/reporting.md): every deployed model keeps its history for the configured period,
 * the cleanup runs in the night window, and when the engine's history of ended matters is cleaned — here after
 * a time to live of one day, the clock moved past it — the projection keeps their facts and the yearly report
 * gives the same figures; the rebuild keeps them too, also while the cleanup is halfway through a matter.
 */
@IntegrationTest
class HistoryRetentionIntegrationTests {

  private static final String LIFECYCLE = "petition-lifecycle";

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final UserDirectory directory;
  private final JdbcTemplate jdbc;
  private final ProjectionRebuild rebuild;
  private final ProcessEngine engine;
  private final int retentionDays;
  private final MovableClock clock;
  private final Instant startedAt;

  @Autowired
  HistoryRetentionIntegrationTests(Api api, Matters matters, TimeMachine time, UserDirectory directory,
      JdbcTemplate jdbc, ProjectionRebuild rebuild, ProcessEngine engine, Environment environment,
      MovableClock clock) {
    this.clock = clock;
    this.startedAt = clock.instant();
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.directory = directory;
    this.jdbc = jdbc;
    this.rebuild = rebuild;
    this.engine = engine;
    this.retentionDays = ParseUtil.parseHistoryTimeToLive(environment.getProperty("xinfang.history.retention"));
  }

  /**
   * The tests run with the history cleanup switched off (application-test.properties), so that no cleanup job
   * runs behind the other tests' backs when they move the clock; these tests switch it on for themselves.
   */
  @BeforeEach
  void enableCleanup() {
    configuration().setHistoryCleanupEnabled(true);
  }

  /** The shared context as it was: the model's period, the cleanup off, no cleanup job, the clock. */
  @AfterEach
  void restore() {
    clock.setTo(startedAt);
    RepositoryService repository = engine.getRepositoryService();
    repository.updateProcessDefinitionHistoryTimeToLive(latestLifecycle().getId(), retentionDays);
    ManagementService management = engine.getManagementService();
    engine.getHistoryService().findHistoryCleanupJobs().forEach(job -> management.deleteJob(job.getId()));
    configuration().setHistoryCleanupEnabled(false);
  }

  @Test
  void everyDeployedModelKeepsItsHistoryForTheConfiguredPeriodAndIsCleanedAtNight() {
    assertThat(retentionDays).as("xinfang.history.retention: ten years by default").isEqualTo(3650);
    RepositoryService repository = engine.getRepositoryService();
    List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().latestVersion().list();
    assertThat(processes).extracting(ProcessDefinition::getKey).contains(LIFECYCLE, "sponsored-case");
    assertThat(processes).allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as(p.getKey()).isEqualTo(retentionDays));
    List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().latestVersion().list();
    assertThat(decisions).extracting(DecisionDefinition::getKey)
        .contains("dispatch-route", "classification-hints", "compliance-deadline-rules");
    assertThat(decisions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(retentionDays));
    assertThat(configuration().getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration().getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");

    time.noonOf("2030-03-04");
    Job job = engine.getHistoryService().cleanUpHistoryAsync();
    assertThat(job.getDuedate().toInstant()).as("scheduled for the next night window, 01:00 Beijing time")
        .isEqualTo(LocalDate.parse("2030-03-05").atTime(LocalTime.of(1, 0)).atZone(TimeMachine.BEIJING).toInstant());
  }

  @Test
  void cleanedHistoryLeavesTheFactsAndTheFiguresAsTheyWere() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String bureau = "B-" + id;
    String unit = "U-" + id;
    String clerk = "hc-" + id;
    String auditor = "ha-" + id;
    directory.saveUnit(bureau, "留存测试县信访局" + id, "BUREAU", "110101");
    directory.saveUnit(unit, "留存测试县住建局" + id, bureau, "110101");
    directory.saveUser(clerk, "登记员" + id, "demo", bureau, Role.CLERK);
    directory.saveUser("hh-" + id, "经办人" + id, "demo", unit, Role.HANDLER);
    directory.saveUser(auditor, "审计员" + id, "demo", bureau, Role.AUDITOR);
    engine.getRepositoryService().updateProcessDefinitionHistoryTimeToLive(latestLifecycle().getId(), 1);

    time.noonOf("2030-04-01");
    Map<String, Object> visit = matters.registration(time.now());
    visit.put("channel", "VISIT");
    String routed = matters.registerAs(clerk, visit);
    matters.ok(clerk, routed, "dispatch", Map.of("classification", "CLAIM_LEGAL_CHANNEL", "action", "ROUTE_LEGAL_CHANNEL"));
    Map<String, Object> litigation = matters.registration(time.now());
    litigation.put("category", "涉法涉诉");
    String guided = matters.registerAs(clerk, litigation);
    matters.ok(clerk, guided, "dispatch", Map.of("classification", "LITIGATION", "action", "GUIDE_ELSEWHERE"));
    String running = matters.registerAs(clerk, matters.registration(time.now()));
    matters.ok(clerk, running, "dispatch", Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", unit));
    matters.ok("hh-" + id, running, "acceptance", Map.of("decision", "ACCEPT"));

    HistoricProcessInstance routedInstance = instance(routed);
    assertThat(routedInstance.getEndTime()).as("routing ends the lifecycle").isNotNull();
    assertThat(Duration.between(routedInstance.getEndTime().toInstant(), routedInstance.getRemovalTime().toInstant()))
        .as("removal time: the end plus the definition's time to live").isEqualTo(Duration.ofDays(1));
    assertThat(instance(running).getRemovalTime()).as("a matter in progress is never cleaned").isNull();
    List<String> cleaned = List.of(routedInstance.getId(), instance(guided).getId());

    time.noonOf("2030-04-03");
    JsonNode report = yearly(auditor);
    assertThat(report.path("totals").path("registered").asLong()).isEqualTo(3);
    assertThat(report.path("figures").path("routingRate").path("numerator").asLong()).isEqualTo(1);
    assertThat(report.path("figures").path("routingRate").path("denominator").asLong()).isEqualTo(2);
    List<MatterFact> facts = facts(routed, guided);
    assertThat(facts).hasSize(2);

    // the cleanup deletes table by table, a batch at a time: halfway through, the rebuild keeps what it cannot recompute
    jdbc.update("delete from act_hi_varinst where proc_inst_id_ = ?", routedInstance.getId());
    rebuild.rebuild();
    assertThat(facts(routed, guided)).isEqualTo(facts);

    cleanUp();
    for (String instance : cleaned) {
      assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_inst_id_ = ?", Long.class,
          instance)).as("raw history removed").isZero();
      assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ = ?", Long.class,
          instance)).isZero();
    }
    assertThat(instance(running)).isNotNull();
    assertThat(facts(routed, guided)).as("the projection keeps the facts").isEqualTo(facts);
    assertThat(yearly(auditor)).isEqualTo(report);

    assertThat(rebuild.rebuild()).isPositive();
    assertThat(facts(routed, guided)).as("the rebuild cannot recompute them and keeps them").isEqualTo(facts);
    assertThat(yearly(auditor)).isEqualTo(report);
  }

  /** What the night job does, at once: cleans every history whose removal time has passed. */
  private void cleanUp() {
    ManagementService management = engine.getManagementService();
    Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
    management.executeJob(job.getId());
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private ProcessDefinition latestLifecycle() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(LIFECYCLE)
        .latestVersion().singleResult();
  }

  private HistoricProcessInstance instance(String number) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(LIFECYCLE)
        .processInstanceBusinessKey(number).singleResult();
  }

  private List<MatterFact> facts(String first, String second) {
    return jdbc.query("select * from report_matter_fact where number in (?, ?) order by number", FactQueries::matter,
        first, second);
  }

  /** The report of the year, but for the day it was made. */
  private JsonNode yearly(String auditor) {
    Api.Response response = api.as(auditor).get("/api/reports/yearly?year=2030");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    ObjectNode report = (ObjectNode) response.body();
    report.remove("asOf");
    return report;
  }
}
