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

/** 数据范围: a unit's staff see and act on their unit and its sub-units; auditors see no personal data. */
@IntegrationTest
class DataScopeIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final UserDirectory directory;

  @Autowired
  DataScopeIntegrationTests(Api api, Matters matters, TimeMachine time, UserDirectory directory) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.directory = directory;
  }

  @BeforeEach
  void subUnitHandler() {
    if (!directory.unitExists("U-HOUSING-PM")) {
      directory.saveUnit("U-HOUSING-PM", "住房和城乡建设局物业管理科", "U-HOUSING", "110101");
    }
    directory.saveUser("handler-pm", "物业科经办人", "demo", "U-HOUSING-PM", Role.HANDLER);
  }

  @Test
  void aUnitSeesAndActsOnItsSubUnitsMattersButNotTheOtherWayRound() {
    String subUnitMatter = matters.register(time.noonOf("2026-06-02"));
    matters.ok("clerk", subUnitMatter, "dispatch", Map.of("classification", "CLAIM", "action", "ASSIGN",
        "unit", "U-HOUSING-PM"));
    String parentMatter = matters.register(time.now());
    matters.dispatchToHousing(parentMatter);

    assertThat(api.as("handler").get("/api/petitions/" + subUnitMatter).status()).isEqualTo(200);
    assertThat(api.as("handler").get("/api/petitions?size=200").body().toString()).contains(subUnitMatter);
    assertThat(api.as("handler").get("/api/tasks").body().findValuesAsText("number")).contains(subUnitMatter);
    assertThat(api.as("handler-pm").get("/api/petitions/" + subUnitMatter).status()).isEqualTo(200);

    assertThat(api.as("handler-pm").get("/api/petitions/" + parentMatter).status()).isEqualTo(404);
    assertThat(api.as("handler-pm").get("/api/petitions?size=200").body().toString()).doesNotContain(parentMatter);
    assertThat(matters.step("handler-pm", parentMatter, "acceptance", Map.of("decision", "ACCEPT")).status())
        .isEqualTo(404);
    assertThat(api.as("handler-edu").get("/api/petitions/" + subUnitMatter).status()).isEqualTo(404);

    matters.ok("handler", subUnitMatter, "acceptance", Map.of("decision", "ACCEPT"));
    assertThat(matters.status(subUnitMatter)).isEqualTo("ACCEPTED");
  }

  @Test
  void aMatterNotYetDispatchedIsNotVisibleToAnyUnit() {
    String registered = matters.register(time.noonOf("2026-06-03"));
    assertThat(api.as("handler").get("/api/petitions/" + registered).status()).isEqualTo(404);
  }

  @Test
  void anAuditorSeesNoPersonalData() {
    String number = matters.register(time.noonOf("2026-06-04"));
    var petitioner = api.as("auditor").get("/api/petitions/" + number).body().path("petitioners").get(0);
    assertThat(petitioner.path("name").asText()).isEqualTo("测****");
    assertThat(petitioner.path("idNumber").asText()).contains("********");
    assertThat(petitioner.path("phone").asText()).isEqualTo("138****8000");
    assertThat(petitioner.path("address").isNull()).isTrue();
  }
}
