package org.xinfangflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * A year of matters with known outcomes in a county of its own, driven through the API with the clock
 * moved: every figure of DOMAIN.md §6 exactly (numerator and denominator), the breakdowns with the unit
 * hierarchy rolled up, the year-over-year change; the rebuild from the engine's history writes exactly
 * the rows the live projection wrote; a caller reports only within their scope.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final UserDirectory directory;
  private final JdbcTemplate jdbc;
  private final ProjectionRebuild rebuild;
  private final FactQueries facts;

  private TestCounty county;
  private String bureau;
  private String unit;
  private String clerk;
  private String head;
  private String auditor;
  private String otherAuditor;
  private final Map<String, String> numbers = new HashMap<>();

  @Autowired
  ReportingIntegrationTests(Api api, Matters matters, TimeMachine time, UserDirectory directory, JdbcTemplate jdbc,
      ProjectionRebuild rebuild, FactQueries facts) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.directory = directory;
    this.jdbc = jdbc;
    this.rebuild = rebuild;
    this.facts = facts;
  }

  /**
   * The year 2025 of county B: eleven petitions received on 3 March (one of them a repeat), one in
   * December 2024 for the year before. Outcomes, by matter:
   * M1 on time, satisfied, sponsored and resolved; M2 notice late, reply late, dissatisfied, review
   * requested; M3 extended and on time within the extension, basically satisfied; M4 on time, never
   * evaluated; M5 on time, satisfied, repeated by R5; M6 routed into its legal channel (a visit); M7
   * litigation guided elsewhere (category 涉法涉诉); M8 never decided, past its notice limit; M9 accepted,
   * never replied, past its handling limit, sponsored and unresolved; M12 not accepted, notified on time.
   */
  @BeforeAll
  void aYearOfMatters() {
    county = new TestCounty(api, matters, directory, "统计测试");
    bureau = county.bureau;
    unit = county.unit;
    clerk = county.clerk;
    head = county.head;
    auditor = county.auditor;
    String id = UUID.randomUUID().toString().substring(0, 8);
    otherAuditor = "raud2-" + id;
    directory.saveUnit("B2-" + id, "另一县信访局" + id, "BUREAU", "110102");
    directory.saveUser(otherAuditor, "另一县审计员" + id, "demo", "B2-" + id, Role.AUDITOR);

    time.noonOf("2024-12-02");
    numbers.put("M0", register(matters.registration(time.now())));

    time.noonOf("2025-03-03");
    numbers.put("M1", replied());
    numbers.put("M2", dispatched());
    numbers.put("M3", accepted());
    LocalDate m3Original = LocalDate.parse(matters.deadline(numbers.get("M3"), "HANDLING").path("due").asText());
    matters.ok(head, numbers.get("M3"), "extension", Map.of("days", 20, "reason", "需现场复测"));
    numbers.put("M4", replied());
    Map<String, Object> m5 = matters.registration(time.now());
    numbers.put("M5", register(m5));
    handle(numbers.get("M5"));
    Map<String, Object> visit = matters.registration(time.now());
    visit.put("channel", "VISIT");
    numbers.put("M6", register(visit));
    matters.ok(clerk, numbers.get("M6"), "dispatch",
        Map.of("classification", "CLAIM_LEGAL_CHANNEL", "action", "ROUTE_LEGAL_CHANNEL"));
    Map<String, Object> litigation = matters.registration(time.now());
    litigation.put("category", "涉法涉诉");
    numbers.put("M7", register(litigation));
    matters.ok(clerk, numbers.get("M7"), "dispatch", Map.of("classification", "LITIGATION", "action", "GUIDE_ELSEWHERE"));
    numbers.put("M8", dispatched());
    numbers.put("M9", accepted());
    numbers.put("M12", dispatched());
    matters.ok(county.handler, numbers.get("M12"), "acceptance", Map.of("decision", "NOT_ACCEPT",
        "reason", "不属于本单位受理范围"));
    matters.ok(clerk, numbers.get("M1"), "evaluation", Map.of("result", "SATISFIED"));
    m5.put("receivedAt", time.now().toString());
    numbers.put("R5", register(m5));
    assertThat(matters.status(numbers.get("R5"))).isEqualTo("REPEAT");
    sponsor("M1");
    sponsor("M9");

    time.noonOf("2025-03-05");
    matters.ok(clerk, numbers.get("M5"), "evaluation", Map.of("result", "SATISFIED"));

    time.noonOf("2025-03-20");
    matters.ok(county.handler, numbers.get("M2"), "acceptance", Map.of("decision", "ACCEPT"));
    Api.Response outcome = api.as("supervisor").post("/api/petitions/" + numbers.get("M1") + "/sponsorship/outcome",
        Map.of("outcome", "RESOLVED_IN_SUBSTANCE", "note", "已解决供暖问题", "date", "2025-03-20"));
    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(200);
    LocalDate m2Due = LocalDate.parse(matters.deadline(numbers.get("M2"), "HANDLING").path("due").asText());
    LocalDate m3Due = LocalDate.parse(matters.deadline(numbers.get("M3"), "HANDLING").path("due").asText());
    assertThat(m3Original.plusDays(5)).isBefore(m3Due).isBefore(m2Due.plusDays(2));

    time.noonOf(m3Original.plusDays(5).toString());
    reply(numbers.get("M3"));
    matters.ok(clerk, numbers.get("M3"), "evaluation", Map.of("result", "BASICALLY_SATISFIED"));

    time.noonOf(m2Due.plusDays(2).toString());
    reply(numbers.get("M2"));
    matters.ok(clerk, numbers.get("M2"), "evaluation", Map.of("result", "DISSATISFIED"));
    matters.ok(clerk, numbers.get("M2"), "review-request", Map.of());

    time.noonOf("2025-12-31");
  }

  @Test
  void everyFigureOfTheYearExactly() {
    JsonNode report = yearly(auditor, 2025, null);
    assertThat(report.path("jurisdiction").asText()).isEqualTo(bureau);
    assertThat(report.path("asOf").asText()).isEqualTo("2025-12-31");
    assertThat(report.path("totals").path("registered").asLong()).isEqualTo(11);
    JsonNode figures = report.path("figures");
    assertFigure(figures, "timelyAcceptance", 6, 8, "0.7500");
    assertFigure(figures, "onTimeCompletion", 4, 6, "0.6667");
    assertFigure(figures, "satisfaction", 3, 4, "0.7500");
    assertFigure(figures, "participation", 4, 5, "0.8000");
    assertFigure(figures, "repeatRate", 1, 11, "0.0909");
    assertFigure(figures, "firstTimeResolution", 2, 5, "0.4000");
    assertFigure(figures, "routingRate", 1, 2, "0.5000");
    assertFigure(figures, "sponsoredResolution", 1, 2, "0.5000");
  }

  @Test
  void breakdownsByUnitRolledUpCategoryChannelAndMonth() {
    JsonNode breakdowns = yearly(auditor, 2025, null).path("breakdowns");
    JsonNode county = row(breakdowns.path("unit"), bureau);
    JsonNode department = row(breakdowns.path("unit"), unit);
    assertThat(breakdowns.path("unit").size()).isEqualTo(2);
    assertThat(county.path("registered").asLong()).as("the county includes its department").isEqualTo(11);
    assertThat(department.path("registered").asLong()).as("all but the two routed by the bureau").isEqualTo(9);
    assertFigure(county.path("figures"), "routingRate", 1, 2, "0.5000");
    assertFigure(department.path("figures"), "routingRate", 0, 0, null);
    assertFigure(department.path("figures"), "onTimeCompletion", 4, 6, "0.6667");
    assertFigure(department.path("figures"), "sponsoredResolution", 1, 2, "0.5000");
    assertFigure(department.path("figures"), "repeatRate", 1, 9, "0.1111");

    assertThat(row(breakdowns.path("category"), "城乡建设").path("registered").asLong()).isEqualTo(10);
    assertFigure(row(breakdowns.path("category"), "涉法涉诉").path("figures"), "routingRate", 0, 1, "0.0000");
    assertThat(row(breakdowns.path("channel"), "LETTER").path("registered").asLong()).isEqualTo(10);
    JsonNode visits = row(breakdowns.path("channel"), "VISIT");
    assertThat(visits.path("name").asText()).isEqualTo("来访");
    assertFigure(visits.path("figures"), "routingRate", 1, 1, "1.0000");

    assertThat(breakdowns.path("month").size()).isEqualTo(12);
    assertThat(row(breakdowns.path("month"), "2025-03").path("registered").asLong()).isEqualTo(11);
    assertThat(row(breakdowns.path("month"), "2025-07").path("registered").asLong()).isZero();
    assertFigure(row(breakdowns.path("month"), "2025-03").path("figures"), "satisfaction", 3, 4, "0.7500");
  }

  @Test
  void yearOverYearAgainstTheYearBefore() {
    JsonNode change = yearly(auditor, 2025, null).path("yearOverYear");
    assertThat(change.path("previousFrom").asText()).isEqualTo("2024-01-01");
    JsonNode registered = change.path("registered");
    assertThat(registered.path("current").asLong()).isEqualTo(11);
    assertThat(registered.path("previous").asLong()).isEqualTo(1);
    assertThat(registered.path("change").asLong()).isEqualTo(10);
    assertThat(registered.path("rate").decimalValue()).isEqualByComparingTo("10.0000");
    JsonNode repeats = change.path("figures").path("repeatRate");
    assertThat(repeats.path("previous").decimalValue()).isEqualByComparingTo("0");
    assertThat(repeats.path("change").decimalValue()).isEqualByComparingTo("0.0909");
    assertThat(change.path("figures").path("satisfaction").path("previous").isNull()).isTrue();
    assertThat(change.path("figures").path("satisfaction").path("change").isNull()).isTrue();
  }

  @Test
  void anyRangeGivesTheSameFiguresForTheSameMatters() {
    Api.Response march = api.as(auditor).get("/api/reports?from=2025-03-01&to=2025-03-31&jurisdiction=" + bureau);
    assertThat(march.status()).as(march.toString()).isEqualTo(200);
    assertThat(march.body().path("figures").toString())
        .isEqualTo(yearly(auditor, 2025, null).path("figures").toString());
    assertThat(march.body().path("breakdowns").path("month").size()).isEqualTo(1);
    Api.Response before = api.as(auditor).get("/api/reports?from=2025-01-01&to=2025-03-02&jurisdiction=" + bureau);
    assertThat(before.body().path("totals").path("registered").asLong()).isZero();
  }

  @Test
  void stepFactsKnowTheExtendedLimit() {
    assertThat(deliveryOnTime("M3")).as("delivered after the original limit, within the extension").isTrue();
    assertThat(deliveryOnTime("M2")).isFalse();
    assertThat(jdbc.queryForObject("select extension_days from report_matter_fact where number = ?", Integer.class,
        numbers.get("M3"))).isEqualTo(20);
  }

  /**
   * The yearly report counts in the database (FactQueries' matter and sponsorship counts) what Counting and
   * Tally count fact by fact (and the exports list): over every fact in the table (this class's and the other tests'), judged on days before, on and after
   * limits of this year's matters.
   */
  @Test
  void theDatabaseCountsWhatTallyCounts() {
    // whole months (the running totals), days on either side of them (the fact rows), and days within one month
    List<List<String>> periods = List.of(List.of("2000-01-01", "2100-12-31"), List.of("2024-12-01", "2025-12-31"),
        List.of("2024-12-02", "2025-03-03"), List.of("2025-03-03", "2025-03-03"), List.of("2025-02-15", "2025-04-30"),
        List.of("2025-01-01", "2025-03-04"));
    for (List<String> period : periods) {
      LocalDate from = LocalDate.parse(period.get(0));
      LocalDate to = LocalDate.parse(period.get(1));
      for (String day : List.of("2025-03-10", "2025-03-19", "2025-06-30", "2025-12-31", "2100-01-01")) {
        String as = period + " as of " + day;
        LocalDate asOf = LocalDate.parse(day);
        Tally byFact = new Tally(asOf);
        facts.pagesReceived(from, to, page -> page.forEach(byFact::add));
        List<SponsorshipFact> sponsorships = facts.sponsorshipsAssigned(from, to);
        Map<String, MatterFact> sponsored = facts.matters(sponsorships.stream().map(SponsorshipFact::matterNumber)
            .toList());
        sponsorships.stream().filter(s -> sponsored.containsKey(s.matterNumber())).forEach(byFact::add);
        Tally byUnits = new Tally(asOf);
        facts.matterCountsByUnits(from, to, asOf).forEach(group -> byUnits.add(group.counts()));
        Tally byCategoryChannelAndMonth = new Tally(asOf);
        facts.matterCountsByCategoryChannelAndMonth(from, to, asOf, null)
            .forEach(group -> byCategoryChannelAndMonth.add(group.counts()));
        for (Tally byDatabase : List.of(byUnits, byCategoryChannelAndMonth)) {
          facts.sponsorshipCounts(from, to).forEach(group -> byDatabase.add(group.counts()));
          assertThat(byDatabase.registered()).as("registered, " + as).isEqualTo(byFact.registered());
          assertThat(byDatabase.figures()).as("figures, " + as).isEqualTo(byFact.figures());
        }
      }
    }
    assertThat(facts.countReceived(LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-03")))
        .as("the periods above hold matters").isGreaterThanOrEqualTo(11);
  }

  /**
   * The running totals are, cell by cell, what Counting.settled adds up over every fact row in the database
   * (whichever test wrote them), and what V19's backfill would compute from the fact rows; a rebuild keeps them so.
   */
  @Test
  void theRunningTotalsAreTheSumsOfTheFactRows() throws Exception {
    assertThat(runningTotals()).isEqualTo(summedInJava()).isEqualTo(summedByTheMigration()).isNotEmpty();
    rebuild.rebuild();
    assertThat(runningTotals()).isEqualTo(summedInJava());
  }

  private Map<List<Object>, List<Long>> runningTotals() {
    Map<List<Object>, List<Long>> cells = new TreeMap<>(Comparator.comparing(Object::toString));
    jdbc.query("select * from report_matter_total where registered <> 0", (ResultSet rs) -> {
      cells.put(List.of(rs.getObject("received_month", LocalDate.class), rs.getString("handling_unit"),
          rs.getString("registering_unit"), rs.getString("category"), rs.getString("channel")), counts(rs));
    });
    return cells;
  }

  private Map<List<Object>, List<Long>> summedInJava() {
    Map<List<Object>, List<Long>> cells = new TreeMap<>(Comparator.comparing(Object::toString));
    facts.pagesReceived(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31), page -> page.forEach(m -> {
      MatterTotals.Cell cell = MatterTotals.Cell.of(m);
      List<Long> sums = cells.computeIfAbsent(List.of(cell.month(), cell.handlingUnit(), cell.registeringUnit(),
          cell.category(), cell.channel()), k -> new ArrayList<>(Collections.nCopies(MatterTotals.COLUMNS.size(), 0L)));
      Counting counting = Counting.settled(m);
      sums.set(0, sums.get(0) + 1);
      for (int i = 0; i < MatterTotals.FIGURES.size(); i++) {
        ReportFigure figure = MatterTotals.FIGURES.get(i);
        sums.set(1 + 2 * i, sums.get(1 + 2 * i) + (counting.inNumerator(figure) ? 1 : 0));
        sums.set(2 + 2 * i, sums.get(2 + 2 * i) + (counting.inDenominator(figure) ? 1 : 0));
      }
    }));
    return cells;
  }

  /** The select of V19's backfill, run on the fact rows as they are now. */
  private Map<List<Object>, List<Long>> summedByTheMigration() throws Exception {
    String migration = new String(getClass().getResourceAsStream("/db/migration/V19__report_matter_total.sql")
        .readAllBytes(), StandardCharsets.UTF_8);
    String insert = "insert into report_matter_total";
    String select = migration.substring(migration.indexOf(insert) + insert.length(), migration.lastIndexOf(';'));
    Map<List<Object>, List<Long>> cells = new TreeMap<>(Comparator.comparing(Object::toString));
    jdbc.query(select, (ResultSet rs) -> {
      List<Long> sums = new ArrayList<>();
      for (int column = 6; column <= 5 + MatterTotals.COLUMNS.size(); column++) {
        sums.add(rs.getLong(column));
      }
      cells.put(List.of(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4),
          rs.getString(5)), sums);
    });
    return cells;
  }

  private static List<Long> counts(ResultSet rs) throws SQLException {
    List<Long> counts = new ArrayList<>();
    for (String column : MatterTotals.COLUMNS) {
      counts.add(rs.getLong(column));
    }
    return counts;
  }

  @Test
  void theRebuildWritesExactlyTheRowsTheLiveProjectionWrote() {
    Map<String, List<?>> live = snapshot();
    assertThat(live.get("matters")).isNotEmpty();
    int instances = rebuild.rebuild();
    assertThat(instances).isGreaterThanOrEqualTo(12);
    Map<String, List<?>> rebuilt = snapshot();
    assertThat(rebuilt.get("matters")).isEqualTo(live.get("matters"));
    assertThat(rebuilt.get("steps")).isEqualTo(live.get("steps"));
    assertThat(rebuilt.get("sponsorships")).isEqualTo(live.get("sponsorships"));
    assertFigure(yearly(auditor, 2025, null).path("figures"), "firstTimeResolution", 2, 5, "0.4000");
  }

  @Test
  void aCallerReportsOnlyWithinTheirScope() {
    JsonNode county = yearly(auditor, 2025, bureau);
    JsonNode fromTheCity = yearly("auditor", 2025, bureau);
    assertThat(fromTheCity.path("figures").toString()).isEqualTo(county.path("figures").toString());
    JsonNode city = yearly("supervisor", 2025, null);
    assertThat(city.path("jurisdiction").asText()).isEqualTo("BUREAU");
    assertThat(row(city.path("breakdowns").path("unit"), bureau).path("figures").toString())
        .as("the county's row in the city's report is the county's report")
        .isEqualTo(county.path("figures").toString());

    assertThat(api.as(otherAuditor).get("/api/reports/yearly?year=2025&jurisdiction=" + bureau).status())
        .isEqualTo(403);
    assertThat(api.as(auditor).get("/api/reports/yearly?year=2025&jurisdiction=BUREAU").status()).isEqualTo(403);
    assertThat(api.as(clerk).get("/api/reports/yearly?year=2025").status()).isEqualTo(403);
    assertThat(yearly(otherAuditor, 2025, null).path("totals").path("registered").asLong()).isZero();
  }

  @Test
  void badParametersAreNamed() {
    assertBadInput("/api/reports/yearly", "year");
    assertBadInput("/api/reports/yearly?year=abc", "year");
    assertBadInput("/api/reports/yearly?year=1999", "year");
    assertBadInput("/api/reports/yearly?year=2025&jurisdiction=NO-SUCH-UNIT", "jurisdiction");
    assertBadInput("/api/reports?from=2025-13-01&to=2025-12-31", "from");
    assertBadInput("/api/reports?from=2025-01-01", "to");
    assertBadInput("/api/reports?from=2025-03-01&to=2025-02-28", "to");
  }

  private void assertBadInput(String path, String field) {
    Api.Response response = api.as(auditor).get(path);
    assertThat(response.status()).as(path + " → " + response).isEqualTo(400);
    assertThat(response.headers().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.text("field")).isEqualTo(field);
  }

  private Boolean deliveryOnTime(String matter) {
    return jdbc.queryForObject("select on_time from report_step_fact where number = ? and activity_id = 'deliver_reply'",
        Boolean.class, numbers.get(matter));
  }

  private Map<String, List<?>> snapshot() {
    return Map.of(
        "matters", jdbc.query("select * from report_matter_fact order by number", FactQueries::matter),
        "steps", jdbc.query("select * from report_step_fact order by activity_instance_id", FactQueries::step),
        "sponsorships", jdbc.query("select * from report_sponsorship_fact order by process_instance_id",
            FactQueries::sponsorship));
  }

  private JsonNode yearly(String user, int year, String jurisdiction) {
    Api.Response response = api.as(user).get("/api/reports/yearly?year=" + year
        + (jurisdiction == null ? "" : "&jurisdiction=" + jurisdiction));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.body();
  }

  private static JsonNode row(JsonNode rows, String key) {
    for (JsonNode row : rows) {
      if (row.path("key").asText().equals(key)) {
        return row;
      }
    }
    throw new AssertionError("no row " + key + " in " + rows);
  }

  private static void assertFigure(JsonNode figures, String name, long numerator, long denominator, String rate) {
    JsonNode figure = figures.path(name);
    assertThat(figure.path("numerator").asLong()).as(name + " numerator").isEqualTo(numerator);
    assertThat(figure.path("denominator").asLong()).as(name + " denominator").isEqualTo(denominator);
    if (rate == null) {
      assertThat(figure.path("rate").isNull()).as(name + " rate").isTrue();
    } else {
      assertThat(figure.path("rate").decimalValue()).as(name + " rate").isEqualByComparingTo(rate);
    }
  }

  private String register(Map<String, Object> body) {
    return county.register(body);
  }

  private String dispatched() {
    return county.dispatched(time.now());
  }

  private String accepted() {
    return county.accepted(time.now());
  }

  private String replied() {
    return county.replied(time.now());
  }

  private void handle(String number) {
    county.handle(number);
  }

  private void reply(String number) {
    county.reply(number);
  }

  private void sponsor(String matter) {
    county.sponsor(numbers.get(matter));
  }
}
