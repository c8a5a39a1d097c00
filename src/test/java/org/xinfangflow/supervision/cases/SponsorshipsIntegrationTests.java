package org.xinfangflow.supervision.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 领导包案: one running sponsorship per matter, its outcome, and the leader's list with the 化解率. */
@IntegrationTest
class SponsorshipsIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final UserDirectory directory;
  private final CaseFixtures fixtures;

  @Autowired
  SponsorshipsIntegrationTests(Api api, Matters matters, TimeMachine time, UserDirectory directory) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.directory = directory;
    this.fixtures = new CaseFixtures(api, matters, time, directory);
  }

  @BeforeEach
  void morning() {
    time.noonOf("2027-04-01");
  }

  /** A fresh leader, so the counts of each test are its own. */
  private String leader() {
    String name = "leader-" + UUID.randomUUID().toString().substring(0, 8);
    directory.saveUser(name, "包案领导", "demo", "BUREAU", Role.SUPERVISOR);
    return name;
  }

  private Api.Response sponsor(String number, String leader) {
    return api.as("supervisor").post("/api/petitions/" + number + "/sponsorship", Map.of("sponsor", leader,
        "note", "疑难信访事项"));
  }

  private Api.Response outcome(String number, String outcome, String date) {
    return api.as("supervisor").post("/api/petitions/" + number + "/sponsorship/outcome",
        Map.of("outcome", outcome, "note", "协调供热单位整改到位", "date", date));
  }

  @Test
  void aLeaderSponsorsAMatterAndItsTimelineSaysSo() {
    String number = matters.register(time.now());
    String leader = leader();

    Api.Response sponsored = sponsor(number, leader);

    assertThat(sponsored.status()).as(sponsored.toString()).isEqualTo(200);
    assertThat(sponsored.text("sponsor")).isEqualTo(leader);
    assertThat(sponsored.body().path("active").asBoolean()).isTrue();
    assertThat(fixtures.timelineKinds(number)).contains("领导包案");
    assertThat(fixtures.lastTimelineEntry(number).path("detail").asText()).contains(leader);
  }

  @Test
  void aMatterHasOneRunningSponsorshipUntilItsOutcomeIsRecorded() {
    String number = matters.register(time.now());
    assertThat(sponsor(number, leader()).status()).isEqualTo(200);

    Api.Response second = sponsor(number, leader());
    assertThat(second.status()).as(second.toString()).isEqualTo(422);
    assertThat(second.text("rule")).isEqualTo("ONE_SPONSOR_PER_MATTER");

    assertThat(outcome(number, "CLOSED_BY_PROCEDURE", "2027-04-01").status()).isEqualTo(200);
    assertThat(sponsor(number, leader()).status()).isEqualTo(200);
  }

  @Test
  void anOutcomeNeedsARunningSponsorshipAndADayNotInTheFuture() {
    String number = matters.register(time.now());
    Api.Response none = outcome(number, "RESOLVED_IN_SUBSTANCE", "2027-04-01");
    assertThat(none.status()).as(none.toString()).isEqualTo(422);
    assertThat(none.text("rule")).isEqualTo("OUTCOME_NEEDS_SPONSORSHIP");

    sponsor(number, leader());
    Api.Response future = outcome(number, "RESOLVED_IN_SUBSTANCE", "2027-04-02");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.text("field")).isEqualTo("date");
    Api.Response before = outcome(number, "RESOLVED_IN_SUBSTANCE", "2027-03-31");
    assertThat(before.status()).isEqualTo(400);
    assertThat(before.text("field")).isEqualTo("date");

    Api.Response done = outcome(number, "RESOLVED_IN_SUBSTANCE", "2027-04-01");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.text("outcomeLabel")).isEqualTo("实体性化解");
    assertThat(done.body().path("active").asBoolean()).isFalse();
    assertThat(fixtures.timelineKinds(number)).contains("包案结果");
  }

  @Test
  void theSponsorsListCountsAndGivesTheResolutionRate() {
    String leader = leader();
    String resolved = matters.register(time.now());
    String closed = matters.register(time.now());
    String running = matters.register(time.now());
    String unrelated = matters.register(time.now());
    for (String number : new String[] {resolved, closed, running}) {
      sponsor(number, leader);
    }
    sponsor(unrelated, leader());
    outcome(resolved, "RESOLVED_IN_SUBSTANCE", "2027-04-01");
    outcome(closed, "CLOSED_BY_PROCEDURE", "2027-04-01");

    Api.Response list = api.as("supervisor").get("/api/supervision/sponsorships?sponsor=" + leader);

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body().path("sponsored").asLong()).isEqualTo(3);
    assertThat(list.body().path("active").asLong()).isEqualTo(1);
    assertThat(list.body().path("resolvedInSubstance").asLong()).isEqualTo(1);
    assertThat(list.body().path("closedByProcedure").asLong()).isEqualTo(1);
    assertThat(list.body().path("resolutionRate").path("numerator").asLong()).isEqualTo(2);
    assertThat(list.body().path("resolutionRate").path("denominator").asLong()).isEqualTo(3);
    assertThat(list.body().path("resolutionRate").path("rate").decimalValue()).isEqualByComparingTo("0.6667");
    assertThat(list.body().path("cases").findValuesAsText("matter")).containsExactlyInAnyOrder(resolved, closed,
        running);
  }

  @Test
  void anUnknownLeaderIsBadInputAndAMatterOutOfScopeIsNotFound() {
    String number = matters.register(time.now());
    Api.Response unknown = sponsor(number, "nobody-" + UUID.randomUUID());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text("field")).isEqualTo("sponsor");

    String elsewhere = fixtures.register("clerk-other", "LETTER", Matters.idNumber());
    assertThat(sponsor(elsewhere, leader()).status()).isEqualTo(404);
  }
}
