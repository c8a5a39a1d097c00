package org.xinfangflow.supervision.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
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

/** 领导接访: the schedule (draft, published, cancelled), and matters received at a reception day. */
@IntegrationTest
class ReceptionsIntegrationTests {

  private static final String PATH = "/api/supervision/receptions";

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final CaseFixtures fixtures;

  @Autowired
  ReceptionsIntegrationTests(Api api, Matters matters, TimeMachine time, UserDirectory directory) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.fixtures = new CaseFixtures(api, matters, time, directory);
  }

  @BeforeEach
  void morning() {
    time.noonOf("2027-05-10");
  }

  private long scheduled(String date) {
    Api.Response created = api.as("supervisor").post(PATH, Map.of("date", date, "leader", "head",
        "place", "市信访局接待大厅", "topic", "城建领域信访问题", "units", List.of("U-HOUSING")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.body().path("id").asLong();
  }

  private long published(String date) {
    long id = scheduled(date);
    assertThat(api.as("supervisor").post(PATH + "/" + id + "/publish", null).status()).isEqualTo(200);
    return id;
  }

  private String visitOn(String channel, OffsetDateTime receivedAt) {
    Map<String, Object> body = matters.registration(receivedAt);
    body.put("channel", channel);
    return matters.register(body);
  }

  private Api.Response mark(String number, long reception) {
    return api.as("clerk").post("/api/petitions/" + number + "/reception", Map.of("receptionId", reception));
  }

  @Test
  void aDraftIsOnlyForSupervisorsUntilPublished() {
    long id = scheduled("2027-05-20");

    assertThat(api.as("supervisor").get(PATH + "/" + id).text("status")).isEqualTo("DRAFT");
    assertThat(api.as("handler").get(PATH + "/" + id).status()).isEqualTo(404);
    assertThat(api.as("handler").get(PATH).body().findValuesAsText("id")).doesNotContain(String.valueOf(id));

    api.as("supervisor").post(PATH + "/" + id + "/publish", null);

    Api.Response seen = api.as("handler").get(PATH + "/" + id);
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.text("status")).isEqualTo("PUBLISHED");
    assertThat(seen.text("leaderName")).isEqualTo("住建局负责人");
    assertThat(api.as("auditor").get(PATH + "?from=2027-05-20&to=2027-05-20").body().findValuesAsText("id"))
        .contains(String.valueOf(id));
    assertThat(api.as("supervisor").post(PATH + "/" + id + "/publish", null).status()).isEqualTo(409);
  }

  @Test
  void aReceptionDayInThePastOrWithAnUnknownLeaderIsBadInput() {
    Api.Response past = api.as("supervisor").post(PATH, Map.of("date", "2027-05-09", "leader", "head",
        "place", "大厅", "topic", "主题"));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.text("field")).isEqualTo("date");
    Api.Response unknown = api.as("supervisor").post(PATH, Map.of("date", "2027-05-10", "leader", "no-such-leader",
        "place", "大厅", "topic", "主题"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text("field")).isEqualTo("leader");
  }

  @Test
  void aVisitReceivedOnTheDayIsMarkedAndListedAtTheReception() {
    long id = published("2027-05-10");
    String number = visitOn("VISIT", time.now().minusHours(2));

    Api.Response marked = mark(number, id);

    assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
    assertThat(marked.body().path("matters").findValuesAsText("matter")).containsExactly(number);
    assertThat(api.as("supervisor").get(PATH + "/" + id).body().path("matters").findValuesAsText("matter"))
        .containsExactly(number);
    assertThat(fixtures.timelineKinds(number)).contains("领导接访");
    assertThat(fixtures.lastTimelineEntry(number).path("detail").asText()).contains("2027-05-10", "市信访局接待大厅");
    // a reader outside the matter's scope sees the day, not the matter
    assertThat(api.as("handler-edu").get(PATH + "/" + id).body().path("matters")).isEmpty();

    Api.Response again = mark(number, published("2027-05-10"));
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.text("rule")).isEqualTo("ONE_RECEPTION_PER_MATTER");
  }

  @Test
  void onlyAVisitCanBeMarked() {
    long id = published("2027-05-10");
    String letter = visitOn("LETTER", time.now().minusHours(2));

    Api.Response refused = mark(letter, id);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.text("rule")).isEqualTo("RECEPTION_MATTER_IS_A_VISIT");
    assertThat(fixtures.timelineKinds(letter)).doesNotContain("领导接访");
  }

  @Test
  void theVisitMustHaveBeenReceivedOnTheReceptionDay() {
    String yesterday = visitOn("VISIT", time.now().minusDays(1));
    long id = published("2027-05-10");

    Api.Response refused = mark(yesterday, id);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.text("rule")).isEqualTo("RECEPTION_MATTER_RECEIVED_THAT_DAY");
    assertThat(refused.text("detail")).contains("2027-05-09", "2027-05-10");
  }

  @Test
  void aCancelledReceptionTakesNoMattersAndAHeldOneCannotBeCancelled() {
    long held = published("2027-05-10");
    String number = visitOn("VISIT", time.now().minusHours(1));
    assertThat(mark(number, held).status()).isEqualTo(200);
    Api.Response refused = api.as("supervisor").post(PATH + "/" + held + "/cancel", Map.of("reason", "领导出差"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.text("rule")).isEqualTo("RECEPTION_HELD_NOT_CANCELLED");

    long empty = published("2027-05-10");
    Api.Response cancelled = api.as("supervisor").post(PATH + "/" + empty + "/cancel", Map.of("reason", "领导出差"));
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
    String other = visitOn("VISIT", time.now().minusHours(1));
    Api.Response toCancelled = mark(other, empty);
    assertThat(toCancelled.status()).isEqualTo(422);
    assertThat(toCancelled.text("rule")).isEqualTo("RECEPTION_NOT_PUBLISHED");
  }

  @Test
  void aClerkCannotMarkAMatterOutsideTheirScope() {
    long id = published("2027-05-10");
    String elsewhere = fixtures.register("clerk-other", "VISIT", Matters.idNumber());
    assertThat(mark(elsewhere, id).status()).isEqualTo(404);
  }
}
