package org.xinfangflow.supervision.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** Units, users and matters the supervision case tests share (created idempotently). */
final class CaseFixtures {

  /** A bureau outside the demo bureau's tree: its matters are outside the demo supervisor's scope. */
  static final String OTHER_BUREAU = "T-OTHER-BUREAU";
  /** A provincial bureau (region 110000) and a city bureau (110100), both outside the demo tree. */
  static final String PROVINCE = "T-PROVINCE";
  static final String CITY = "T-CITY";

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;

  CaseFixtures(Api api, Matters matters, TimeMachine time, UserDirectory directory) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    directory.saveUnit(OTHER_BUREAU, "外县信访局", null, "110102");
    directory.saveUnit(PROVINCE, "省信访局", null, "110000");
    directory.saveUnit(CITY, "市级信访局", null, "110100");
    directory.saveUser("clerk-other", "外县登记员", "demo", OTHER_BUREAU, Role.CLERK);
    directory.saveUser("clerk-province", "省局登记员", "demo", PROVINCE, Role.CLERK);
    directory.saveUser("clerk-city", "市局登记员", "demo", CITY, Role.CLERK);
  }

  /** Registers a matter as {@code clerk} with the channel and the petitioner's ID number (now). */
  String register(String clerk, String channel, String idNumber) {
    Map<String, Object> body = matters.registration(time.now());
    body.put("channel", channel);
    body.put("petitioners", List.of(Matters.petitioner(idNumber)));
    Api.Response created = api.as(clerk).post("/api/petitions", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("number");
  }

  /** The kinds of the matter's timeline entries, in order. */
  List<String> timelineKinds(String number) {
    List<String> kinds = new ArrayList<>();
    for (JsonNode entry : matters.detail(number).body().path("timeline")) {
      kinds.add(entry.path("kind").asText());
    }
    return kinds;
  }

  /** The detail of the matter's last timeline entry. */
  JsonNode lastTimelineEntry(String number) {
    JsonNode timeline = matters.detail(number).body().path("timeline");
    return timeline.get(timeline.size() - 1);
  }
}
