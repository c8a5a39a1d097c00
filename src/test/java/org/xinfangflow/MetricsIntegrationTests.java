package org.xinfangflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
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
import org.xinfangflow.support.Prometheus;
import org.xinfangflow.support.TimeMachine;
import org.xinfangflow.supervision.SupervisionSweep;

/**
 * The metrics of docs/metrics.md as a Prometheus scraper reads them, over real HTTP: matters registered on
 * two channels and a repeat, steps completed, a clock that misses its local target and then its statutory
 * limit (each counted once, however often the sweep runs), findings opened, and the open matters by status.
 * The context is shared, so each counter is read before and after, and the clock is first moved past
 * everything the other tests left running (2029): between the two scrapes only this test's matters move.
 */
@IntegrationTest
class MetricsIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final UserDirectory directory;
  private final SupervisionSweep sweep;
  private final JdbcTemplate jdbc;
  private final Prometheus prometheus;
  private final MovableClock clock;
  private final Instant startedAt;

  @Autowired
  MetricsIntegrationTests(Api api, Matters matters, TimeMachine time, UserDirectory directory, SupervisionSweep sweep,
      JdbcTemplate jdbc, Environment environment, MovableClock clock) {
    this.clock = clock;
    this.startedAt = clock.instant();
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.directory = directory;
    this.sweep = sweep;
    this.jdbc = jdbc;
    this.prometheus = new Prometheus(environment);
  }

  /** The clock back where the tests before left it: the years of this test are its own. */
  @AfterEach
  void clockBack() {
    clock.setTo(startedAt);
  }

  @Test
  void theScraperReadsExactlyWhatHappened() {
    time.noonOf("2029-03-01");
    sweep.run();
    Prometheus.Scrape before = scrape();

    String id = UUID.randomUUID().toString().substring(0, 8);
    String bureau = "B-" + id;
    String unit = "U-" + id;
    directory.saveUnit(bureau, "指标测试县信访局" + id, "BUREAU", "110101");
    directory.saveUnit(unit, "指标测试县住建局" + id, bureau, "110101");
    String clerk = "mc-" + id;
    String handler = "mh-" + id;
    String supervisor = "ms-" + id;
    directory.saveUser(clerk, "登记员" + id, "demo", bureau, Role.CLERK);
    directory.saveUser(handler, "经办人" + id, "demo", unit, Role.HANDLER);
    directory.saveUser(supervisor, "督查员" + id, "demo", bureau, Role.SUPERVISOR);
    Api.Response profile = api.as(supervisor).put("/api/supervision/profiles/" + bureau, Map.of("name", "县提速规定",
        "targets", List.of(Map.of("step", "DISPOSE", "days", 1, "dayCount", "CALENDAR"))));
    assertThat(profile.status()).as(profile.toString()).isEqualTo(200);

    time.noonOf("2029-03-05");
    Map<String, Object> letter = matters.registration(time.now());
    String handled = matters.registerAs(clerk, letter);
    matters.ok(clerk, handled, "dispatch", Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", unit));
    matters.ok(handler, handled, "acceptance", Map.of("decision", "ACCEPT"));
    matters.ok(handler, handled, "reply", Map.of("outcome", "SUPPORT", "facts", "经现场测温，室温低于16度的情况属实",
        "basis", "《城镇供热管理条例》第十二条", "opinion", Matters.COMPLETE_OPINION));
    Map<String, Object> visit = matters.registration(time.now());
    visit.put("channel", "VISIT");
    String waiting = matters.registerAs(clerk, visit);
    String refused = matters.registerAs(clerk, matters.registration(time.now()));
    matters.ok(clerk, refused, "dispatch", Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", unit));
    matters.ok(handler, refused, "acceptance", Map.of("decision", "NOT_ACCEPT", "reason", "不归我们管"));
    String repeat = matters.registerAs(clerk, letter);
    assertThat(matters.status(repeat)).isEqualTo("REPEAT");
    sweep.run();

    time.noonOf("2029-03-08");
    sweep.run();
    LocalDate due = LocalDate.parse(matters.deadline(waiting, "DISPOSE").path("due").asText());
    time.startOf(due.plusDays(1).toString());
    sweep.run();
    assertThat(sweep.run().alertsRaised()).as("a breach is raised once").isZero();

    Prometheus.Scrape after = scrape();
    assertThat(delta(before, after, "xinfang_petitions_registered_total", "channel", "repeat"))
        .isEqualTo(Map.of("LETTER/false", 2.0, "VISIT/false", 1.0, "LETTER/true", 1.0));
    assertThat(delta(before, after, "xinfang_steps_completed_total", "step"))
        .as("dispatched twice, decided twice (accepted, not accepted), one reply drafted")
        .isEqualTo(Map.of("DISPOSE", 2.0, "ACCEPTANCE", 2.0, "REPLY_DRAFT", 1.0));
    assertThat(delta(before, after, "xinfang_deadlines_breached_total", "step", "clock"))
        .as("the matter never dispatched: its local target of one day, then the statutory 15 days")
        .isEqualTo(Map.of("DISPOSE/LOCAL_TARGET", 1.0, "DISPOSE/STATUTORY", 1.0));
    assertThat(delta(before, after, "xinfang_compliance_findings_total", "rule"))
        .isEqualTo(Map.of("NON_ACCEPTANCE_WITHOUT_REASON", 1.0, "DISPOSE_OVERDUE", 1.0));

    Map<String, Double> open = after.samples("xinfang_matters_open", "status");
    assertThat(Prometheus.delta(before.samples("xinfang_matters_open", "status"), open))
        .as("one matter waits to be dispatched, one is being handled; the refused one and the repeat are not open")
        .isEqualTo(Map.of("REGISTERED", 1.0, "ACCEPTED", 1.0));
    assertThat(open.keySet()).containsExactlyInAnyOrder("REGISTERED", "DISPATCHED", "ACCEPTED", "REPLIED",
        "UNDER_REVIEW", "UNDER_RE_REVIEW");
    open.forEach((status, value) -> assertThat(value).as(status)
        .isEqualTo(jdbc.queryForObject("select count(*) from petition where status = ?", Double.class, status)));
  }

  @Test
  void theScrapeNeedsAnAuditorsOrAdministratorsAccount() {
    assertThat(prometheus.scrape(null).status()).isEqualTo(401);
    assertThat(prometheus.scrape("clerk").status()).isEqualTo(403);
    assertThat(prometheus.scrape("supervisor").status()).isEqualTo(403);
    assertThat(prometheus.scrape("admin").status()).isEqualTo(200);
    Prometheus.Scrape scrape = prometheus.scrape("auditor");
    assertThat(scrape.status()).isEqualTo(200);
    assertThat(scrape.samples("xinfang_petitions_registered_total", "channel", "repeat"))
        .as("every channel from the start, at zero until its first registration").hasSize(10);
    assertThat(scrape.samples("xinfang_steps_completed_total", "step")).containsKeys("DISPOSE", "RE_REVIEW_OPINION");
    assertThat(scrape.samples("xinfang_compliance_findings_total", "rule"))
        .containsKeys("DISPOSE_OVERDUE", "NON_ACCEPTANCE_WITHOUT_REASON");
  }

  private Prometheus.Scrape scrape() {
    Prometheus.Scrape scrape = prometheus.scrape("auditor");
    assertThat(scrape.status()).as(scrape.text()).isEqualTo(200);
    return scrape;
  }

  private static Map<String, Double> delta(Prometheus.Scrape before, Prometheus.Scrape after, String metric,
      String... labels) {
    return Prometheus.delta(before.samples(metric, labels), after.samples(metric, labels));
  }
}
