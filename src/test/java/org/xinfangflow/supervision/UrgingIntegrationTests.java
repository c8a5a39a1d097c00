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
 * 催督办: a supervisor urges the unit (recorded on the matter, delivered like an alert); a matter still
 * overdue 5 days later escalates to the supervisor's superior — once; one put right by then does not.
 */
@IntegrationTest
class UrgingIntegrationTests {

  @Autowired
  Api api;
  @Autowired
  Matters matters;
  @Autowired
  TimeMachine time;
  @Autowired
  UserDirectory directory;
  @Autowired
  SupervisionSweep sweep;

  Jurisdiction county;

  @BeforeEach
  void county() {
    county = Jurisdiction.create(directory, api, matters);
  }

  private String overdueMatter() {
    String number = county.dispatched(time.noonOf("2026-05-04"));
    LocalDate due = LocalDate.parse(matters.deadline(number, "ACCEPTANCE_NOTICE").path("due").asText());
    time.startOf(due.plusDays(1).toString());
    return number;
  }

  private Api.Response urge(String number, String note) {
    return api.as(county.supervisor()).post("/api/petitions/" + number + "/urging", Map.of("note", note));
  }

  @Test
  void anUrgingIsRecordedOnTheMatterAndReachesTheUnit() {
    String number = overdueMatter();
    Api.Response urged = urge(number, "请于三日内作出受理决定并书面告知");
    assertThat(urged.status()).as(urged.toString()).isEqualTo(201);
    assertThat(urged.text("unit")).isEqualTo(county.unit());
    assertThat(urged.text("issuedBy")).isEqualTo(county.supervisor());

    assertThat(matters.detail(number).body().path("timeline").toString()).contains("催督办", "请于三日内作出受理决定");
    List<JsonNode> urgings = List.copyOf(iterable(api.as(county.handler()).get("/api/petitions/" + number + "/urgings")
        .body()));
    assertThat(urgings).hasSize(1);
    assertThat(county.notifications(county.handler(), number)).extracting(n -> n.path("kind").asText())
        .contains("URGING");
    assertThat(api.as("handler").get("/api/petitions/" + number + "/urgings").status()).as("another unit")
        .isEqualTo(404);
  }

  @Test
  void urgingNeedsANoteAMatterInProgressAndTheRole() {
    String number = overdueMatter();
    Api.Response blank = urge(number, " ");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.text("field")).isEqualTo("note");
    assertThat(api.as(county.handler()).post("/api/petitions/" + number + "/urging", Map.of("note", "催")).status())
        .isEqualTo(403);
    Jurisdiction other = Jurisdiction.create(directory, api, matters);
    assertThat(api.as(other.supervisor()).post("/api/petitions/" + number + "/urging", Map.of("note", "催")).status())
        .as("outside the supervisor's scope").isEqualTo(404);

    county.accept(number, Map.of("decision", "NOT_ACCEPT", "reason", "不属于信访事项"));
    assertThat(urge(number, "请抓紧").status()).as("nothing left to urge").isEqualTo(409);
    assertThat(api.as(county.supervisor()).get("/api/petitions/" + number + "/urgings").body().size())
        .as("nothing half-written").isZero();
  }

  @Test
  void aMatterStillOverdueAfterTheUrgingEscalatesOnceToTheSuperior() {
    String number = overdueMatter();
    assertThat(urge(number, "请立即办理").status()).isEqualTo(201);
    LocalDate urgedOn = time.now().toLocalDate();

    time.noonOf(urgedOn.plusDays(3).toString());
    sweep.run();
    assertThat(escalations("supervisor", number)).as("not yet").isEmpty();

    time.noonOf(urgedOn.plusDays(6).toString());
    sweep.run();
    sweep.run();
    time.noonOf(urgedOn.plusDays(8).toString());
    sweep.run();
    assertThat(escalations("supervisor", number)).as("the city bureau's supervisor, once").hasSize(1);
    assertThat(escalations(county.supervisor(), number)).isEmpty();
    JsonNode urging = api.as(county.supervisor()).get("/api/petitions/" + number + "/urgings").body().get(0);
    assertThat(urging.path("escalatedTo").asText().split(",")).as("the supervisors of the unit above the issuer's")
        .contains("supervisor").doesNotContain(county.supervisor());
    assertThat(urging.path("escalatedAt").isNull()).isFalse();
    String timeline = matters.detail(number).body().path("timeline").toString();
    assertThat(timeline.split("督办升级", -1)).as("one timeline entry").hasSize(2);
  }

  @Test
  void anEscalationGoesToTheAccountTheUnitNames() {
    directory.saveUser("sup-lead-" + county.bureau(), "分管领导", "demo", "BUREAU",
        org.xinfangflow.identity.Role.SUPERVISOR);
    assertThat(api.as(county.supervisor()).put("/api/supervision/hooks/" + county.bureau(),
        Map.of("escalateTo", "sup-lead-" + county.bureau())).status()).isEqualTo(200);
    String number = overdueMatter();
    urge(number, "请立即办理");
    time.noonOf(time.now().toLocalDate().plusDays(6).toString());
    sweep.run();
    assertThat(escalations("sup-lead-" + county.bureau(), number)).hasSize(1);
    assertThat(escalations("supervisor", number)).isEmpty();
  }

  @Test
  void aMatterPutRightBeforeTheEscalationDoesNotEscalate() {
    String number = overdueMatter();
    urge(number, "请立即办理");
    LocalDate urgedOn = time.now().toLocalDate();
    time.noonOf(urgedOn.plusDays(1).toString());
    county.accept(number, Map.of("decision", "ACCEPT"));

    time.noonOf(urgedOn.plusDays(6).toString());
    sweep.run();
    assertThat(escalations("supervisor", number)).isEmpty();
    JsonNode urging = api.as(county.supervisor()).get("/api/petitions/" + number + "/urgings").body().get(0);
    assertThat(urging.path("settledAt").isNull()).isFalse();
    assertThat(urging.path("escalatedAt").isNull()).isTrue();
  }

  private List<JsonNode> escalations(String user, String number) {
    return county.notifications(user, number).stream().filter(n -> n.path("kind").asText().equals("ESCALATION"))
        .toList();
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> list = new java.util.ArrayList<>();
    array.forEach(list::add);
    return list;
  }
}
