package org.xinfangflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * Local policy profiles (DOMAIN.md §3): a county's stricter targets ride beside the statutory limits on
 * every clock, the alerts say which one is breached, the fast track applies its own handling target, and
 * a profile that would loosen a statutory limit on any day is refused with the article.
 */
@IntegrationTest
class PolicyProfilesIntegrationTests {

  /** The county of DOMAIN.md §3: forward in 1 day, acceptance notice in 3 working days, 10 / 50 days handling. */
  static final Map<String, Object> COUNTY_PROFILE = Map.of("name", "县信访工作提速规定", "targets", List.of(
      Map.of("step", "DISPOSE", "days", 1, "dayCount", "CALENDAR"),
      Map.of("step", "ACCEPTANCE_NOTICE", "days", 3, "dayCount", "WORKING"),
      Map.of("step", "HANDLING", "days", 50, "dayCount", "CALENDAR"),
      Map.of("step", "HANDLING", "track", "FAST", "days", 10, "dayCount", "CALENDAR")));

  @Autowired
  Api api;
  @Autowired
  Matters matters;
  @Autowired
  TimeMachine time;
  @Autowired
  UserDirectory directory;

  Jurisdiction county;

  @BeforeEach
  void county() {
    county = Jurisdiction.create(directory, api, matters);
  }

  private Api.Response put(Map<String, ?> profile) {
    return api.as(county.supervisor()).put("/api/supervision/profiles/" + county.bureau(), profile);
  }

  private static Map<String, Object> one(Map<String, Object> target) {
    return Map.of("name", "试行", "targets", List.of(target));
  }

  @Test
  void aProfileThatWouldLoosenAStatutoryLimitIsRefusedWithTheArticle() {
    Api.Response longer = put(one(Map.of("step", "HANDLING", "days", 70, "dayCount", "CALENDAR")));
    assertThat(longer.status()).isEqualTo(422);
    assertThat(longer.text("article")).isEqualTo("《信访工作条例》第三十四条");
    assertThat(longer.text("field")).isEqualTo("targets[0].days");

    time.noonOf("2026-09-01");
    Api.Response workingDays = put(one(Map.of("step", "ACCEPTANCE_NOTICE", "days", 10, "dayCount", "WORKING")));
    assertThat(workingDays.status()).as("10 working days run past 15 days over the National Day holiday")
        .isEqualTo(422);
    assertThat(workingDays.text("article")).isEqualTo("《信访工作条例》第二十三条");
    assertThat(workingDays.text("detail")).contains("晚于法定期限");

    Api.Response window = put(one(Map.of("step", "REVIEW_REQUEST_WINDOW", "days", 10, "dayCount", "CALENDAR")));
    assertThat(window.status()).as("the petitioner's period is not the bureau's to shorten").isEqualTo(422);
    assertThat(window.text("field")).isEqualTo("targets[0].step");

    Api.Response fastDispose = put(one(Map.of("step", "DISPOSE", "track", "FAST", "days", 1, "dayCount", "CALENDAR")));
    assertThat(fastDispose.status()).isEqualTo(400);
    assertThat(fastDispose.text("field")).isEqualTo("targets[0].track");
    Api.Response zero = put(one(Map.of("step", "DISPOSE", "days", 0, "dayCount", "CALENDAR")));
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.toString()).contains("targets[0].days");

    assertThat(api.as(county.supervisor()).get("/api/supervision/profiles/" + county.bureau()).status())
        .as("nothing was stored").isEqualTo(404);
    assertThat(api.as(county.handler()).put("/api/supervision/profiles/" + county.bureau(), COUNTY_PROFILE).status())
        .isEqualTo(403);
    Jurisdiction other = Jurisdiction.create(directory, api, matters);
    assertThat(api.as(other.supervisor()).put("/api/supervision/profiles/" + county.bureau(), COUNTY_PROFILE)
        .status()).as("another county's supervisor").isEqualTo(403);
  }

  @Test
  void bothClocksRunAndTheAlertsSayWhichOneIsBreached() {
    Api.Response saved = put(COUNTY_PROFILE);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.body().path("fastTrack").asBoolean()).isTrue();
    assertThat(saved.body().path("targets").get(2).path("statutory").asText()).contains("60日", "第三十四条");

    String number = county.dispatched(time.noonOf("2026-05-11")); // a Monday
    JsonNode notice = matters.deadline(number, "ACCEPTANCE_NOTICE");
    assertThat(notice.path("due").asText()).isEqualTo("2026-05-26");
    assertThat(notice.path("target").path("due").asText()).as("3 working days").isEqualTo("2026-05-14");
    assertThat(notice.path("target").path("rule").asText()).contains("3个工作日");
    assertThat(matters.deadline(number, "DISPOSE").path("target").path("due").asText()).isEqualTo("2026-05-12");

    String overdue = "/api/supervision/overdue?unit=" + county.unit();
    time.noonOf("2026-05-13");
    List<JsonNode> warning = county.rowsOf(number, county.supervisor(), "/api/supervision/warnings?withinDays=3&unit="
        + county.unit());
    assertThat(warning).hasSize(1);
    assertThat(warning.get(0).path("clock").asText()).isEqualTo("LOCAL_TARGET");
    assertThat(warning.get(0).path("daysLeft").asInt()).isEqualTo(1);

    time.noonOf("2026-05-18");
    List<JsonNode> target = county.rowsOf(number, county.supervisor(), overdue);
    assertThat(target).hasSize(1);
    assertThat(target.get(0).path("clock").asText()).isEqualTo("LOCAL_TARGET");
    assertThat(target.get(0).path("daysLate").asInt()).isEqualTo(4);
    assertThat(target.get(0).path("statutoryDaysLeft").asInt()).isEqualTo(8);

    time.noonOf("2026-05-28");
    List<JsonNode> statutory = county.rowsOf(number, county.supervisor(), overdue);
    assertThat(statutory.get(0).path("clock").asText()).isEqualTo("STATUTORY");
    assertThat(statutory.get(0).path("daysLate").asInt()).isEqualTo(2);

    county.accept(number, Map.of("decision", "ACCEPT"));
    JsonNode met = matters.deadline(number, "ACCEPTANCE_NOTICE");
    assertThat(met.path("target").path("missed").asBoolean()).isTrue();
    JsonNode handling = matters.deadline(number, "HANDLING");
    assertThat(LocalDate.parse(handling.path("target").path("due").asText()))
        .isEqualTo(LocalDate.parse("2026-05-28").plusDays(50));
  }

  @Test
  void theFastTrackHasItsOwnTargetAndOnlyWhereTheProfileOffersOne() {
    String elsewhere = county.dispatched(time.noonOf("2026-06-01"));
    Api.Response refused = county.accept(elsewhere, Map.of("decision", "ACCEPT", "fastTrack", true));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("field")).isEqualTo("fastTrack");
    assertThat(matters.status(elsewhere)).as("nothing half-written").isEqualTo("DISPATCHED");

    assertThat(put(COUNTY_PROFILE).status()).isEqualTo(200);
    String number = county.dispatched(time.noonOf("2026-06-01"));
    Api.Response notWithRefusal = county.accept(number, Map.of("decision", "NOT_ACCEPT", "reason", "不属实",
        "fastTrack", true));
    assertThat(notWithRefusal.status()).isEqualTo(400);
    assertThat(notWithRefusal.text("field")).isEqualTo("fastTrack");

    assertThat(county.accept(number, Map.of("decision", "ACCEPT", "fastTrack", true)).status()).isEqualTo(200);
    JsonNode handling = matters.deadline(number, "HANDLING");
    assertThat(handling.path("target").path("due").asText()).isEqualTo("2026-06-11");
    assertThat(handling.path("target").path("rule").asText()).startsWith("简易办理");
    assertThat(handling.path("due").asText()).as("the statutory limit is unchanged").isEqualTo("2026-07-31");
    assertThat(matters.detail(number).body().path("timeline").toString()).contains("简易办理");
  }

  @Test
  void aCountyWithoutItsOwnProfileFollowsTheNearestOneAbove() {
    assertThat(api.as("supervisor").put("/api/supervision/profiles/BUREAU", COUNTY_PROFILE).status()).isEqualTo(200);
    try {
      String number = county.dispatched(time.noonOf("2026-05-11"));
      assertThat(matters.deadline(number, "ACCEPTANCE_NOTICE").path("target").path("due").asText())
          .isEqualTo("2026-05-14");
    } finally {
      assertThat(api.as("supervisor").put("/api/supervision/profiles/BUREAU",
          Map.of("name", "无", "targets", List.of())).status()).isEqualTo(200);
    }
  }
}
