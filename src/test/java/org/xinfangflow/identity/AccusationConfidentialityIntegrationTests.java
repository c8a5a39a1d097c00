package org.xinfangflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** Art. 30: an accusation and its reporter are never shown or sent to the accused unit or units under it. */
@IntegrationTest
class AccusationConfidentialityIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final UserDirectory directory;

  @Autowired
  AccusationConfidentialityIntegrationTests(Api api, Matters matters, TimeMachine time, UserDirectory directory) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.directory = directory;
  }

  @BeforeEach
  void disciplineOffice() {
    if (!directory.unitExists("U-HOUSING-PM")) {
      directory.saveUnit("U-HOUSING-PM", "住房和城乡建设局物业管理科", "U-HOUSING", "110101");
    }
    directory.saveUnit("U-HOUSING-DISCIPLINE", "派驻住建局纪检监察组", "U-HOUSING", "110101");
    directory.saveUser("handler-pm", "物业科经办人", "demo", "U-HOUSING-PM", Role.HANDLER);
    directory.saveUser("discipline", "纪检监察组干部", "demo", "U-HOUSING-DISCIPLINE", Role.HANDLER);
    directory.saveUser("edu-official", "教育局被举报干部", "demo", "U-EDU", Role.HANDLER);
    directory.saveUser("bureau-official", "信访局被举报干部", "demo", "BUREAU", Role.SUPERVISOR, Role.REVIEWER);
  }

  @Test
  void theAccusedPeopleNeverSeeTheAccusationInTheApplicationOrTheEngine() {
    String number = matters.register(time.noonOf("2026-06-24"));
    matters.ok("clerk", number, "dispatch", Map.of("classification", "ACCUSATION", "action", "ROUTE_DISCIPLINE",
        "unit", "U-HOUSING-DISCIPLINE", "accusedPersons", java.util.List.of("edu-official", "bureau-official")));

    assertThat(api.as("discipline").get("/api/petitions/" + number).status()).isEqualTo(200);
    assertThat(api.as("supervisor").get("/api/petitions/" + number).status()).isEqualTo(200);
    for (String accused : new String[] {"edu-official", "bureau-official"}) {
      assertThat(api.as(accused).get("/api/petitions/" + number).status()).as(accused).isEqualTo(404);
      assertThat(api.as(accused).get("/api/petitions?q=" + number).body().toString()).as(accused)
          .doesNotContain(number);
      assertThat(api.as(accused).get("/api/tasks").body().toString()).as(accused).doesNotContain(number);
      assertThat(api.as(accused).get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + number)
          .body().size()).as(accused).isZero();
      assertThat(api.as(accused).get("/api/petitions/" + number + "/attachments").status()).as(accused)
          .isEqualTo(404);
    }
    assertThat(api.as("supervisor").get("/engine-rest/history/process-instance?processInstanceBusinessKey="
        + number).body().size()).isEqualTo(1);
  }

  @Test
  void anAccusationIsNeverSentToTheUnitOfAnAccusedPerson() {
    String number = matters.register(time.noonOf("2026-06-25"));
    var toTheirUnit = matters.step("clerk", number, "dispatch", Map.of("classification", "ACCUSATION",
        "action", "ROUTE_DISCIPLINE", "unit", "U-HOUSING-PM", "accusedPersons", java.util.List.of("handler")));
    assertThat(toTheirUnit.status()).isEqualTo(422);
    assertThat(toTheirUnit.text("article")).isEqualTo("《信访工作条例》第三十条");
    var unknown = matters.step("clerk", number, "dispatch", Map.of("classification", "ACCUSATION",
        "action", "ROUTE_DISCIPLINE", "unit", "U-HOUSING-DISCIPLINE", "accusedPersons", java.util.List.of("nobody")));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text("field")).isEqualTo("accusedPersons");
    assertThat(matters.status(number)).isEqualTo("REGISTERED");
  }

  @Test
  void theReportersNumbersAreWholeOnlyForTheDisciplineOrganHandlingIt() {
    String number = matters.register(time.noonOf("2026-06-26"));
    String whole = idNumberAs("clerk", number);
    assertThat(whole).doesNotContain("*");
    matters.ok("clerk", number, "dispatch", Map.of("classification", "ACCUSATION", "action", "ROUTE_DISCIPLINE",
        "unit", "U-HOUSING-DISCIPLINE", "accusedUnit", "U-HOUSING-PM"));

    assertThat(idNumberAs("discipline", number)).isEqualTo(whole);
    for (String user : new String[] {"clerk", "reviewer", "supervisor", "handler", "admin"}) {
      assertThat(idNumberAs(user, number)).as(user).contains("*").isNotEqualTo(whole);
    }
  }

  private String idNumberAs(String user, String number) {
    var detail = api.as(user).get("/api/petitions/" + number);
    assertThat(detail.status()).as(user + " " + detail).isEqualTo(200);
    return detail.body().path("petitioners").get(0).path("idNumber").asText();
  }

  @Test
  void theAccusedUnitAndItsSubUnitsNeverSeeTheAccusation() {
    String number = matters.register(time.noonOf("2026-06-22"));
    matters.ok("clerk", number, "dispatch", Map.of("classification", "ACCUSATION", "action", "ROUTE_DISCIPLINE",
        "unit", "U-HOUSING-DISCIPLINE", "accusedUnit", "U-HOUSING-PM"));

    assertThat(api.as("discipline").get("/api/petitions/" + number).status()).isEqualTo(200);
    assertThat(api.as("handler-pm").get("/api/petitions/" + number).status()).isEqualTo(404);
    assertThat(api.as("handler-pm").get("/api/petitions?size=200").body().toString()).doesNotContain(number);
    assertThat(api.as("clerk").get("/api/petitions/" + number).status()).isEqualTo(200);

    String againstParent = matters.register(time.now());
    matters.ok("clerk", againstParent, "dispatch", Map.of("classification", "ACCUSATION",
        "action", "ROUTE_DISCIPLINE", "unit", "BUREAU", "accusedUnit", "U-HOUSING"));
    for (String user : new String[] {"handler", "head", "handler-pm", "discipline"}) {
      assertThat(api.as(user).get("/api/petitions/" + againstParent).status()).as(user).isEqualTo(404);
      assertThat(api.as(user).get("/api/petitions?size=200").body().toString()).as(user).doesNotContain(againstParent);
    }
  }

  @Test
  void anAccusationIsNeverSentToTheAccusedUnitOrBelowIt() {
    String number = matters.register(time.noonOf("2026-06-23"));
    var toAccused = matters.step("clerk", number, "dispatch", Map.of("classification", "ACCUSATION",
        "action", "ROUTE_DISCIPLINE", "unit", "U-HOUSING-PM", "accusedUnit", "U-HOUSING"));
    assertThat(toAccused.status()).isEqualTo(422);
    assertThat(toAccused.text("article")).isEqualTo("《信访工作条例》第三十条");
    assertThat(toAccused.text("field")).isEqualTo("unit");
    assertThat(matters.status(number)).isEqualTo("REGISTERED");
  }
}
