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
