package org.xinfangflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * Several bureaus in one installation: a county bureau's staff see what their bureau registered or
 * handles; the city bureau above sees its counties' too; a neighbouring county sees none of it.
 */
@IntegrationTest
class JurisdictionIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final UserDirectory directory;

  @Autowired
  JurisdictionIntegrationTests(Api api, Matters matters, TimeMachine time, UserDirectory directory) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.directory = directory;
  }

  @BeforeEach
  void twoCounties() {
    directory.saveUnit("COUNTY-A", "甲县信访局", "BUREAU", "110102");
    directory.saveUnit("COUNTY-A-HOUSING", "甲县住房和城乡建设局", "COUNTY-A", "110102");
    directory.saveUnit("COUNTY-B", "乙县信访局", "BUREAU", "110105");
    directory.saveUser("a-clerk", "甲县登记员", "demo", "COUNTY-A", Role.CLERK);
    directory.saveUser("a-supervisor", "甲县督查员", "demo", "COUNTY-A", Role.SUPERVISOR);
    directory.saveUser("a-handler", "甲县住建局经办人", "demo", "COUNTY-A-HOUSING", Role.HANDLER);
    directory.saveUser("b-clerk", "乙县登记员", "demo", "COUNTY-B", Role.CLERK);
    directory.saveUser("b-supervisor", "乙县督查员", "demo", "COUNTY-B", Role.SUPERVISOR);
  }

  @Test
  void aCountyBureauSeesWhatItRegisteredAndTheCityAboveSeesItToo() {
    var created = api.as("a-clerk").post("/api/petitions", matters.registration(time.noonOf("2026-08-03")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String number = created.text("number");

    for (String user : List.of("a-clerk", "a-supervisor", "clerk", "supervisor", "admin")) {
      assertThat(api.as(user).get("/api/petitions/" + number).status()).as(user).isEqualTo(200);
      assertThat(listed(user, number)).as(user).isTrue();
    }
    for (String user : List.of("b-clerk", "b-supervisor", "a-handler")) {
      assertThat(api.as(user).get("/api/petitions/" + number).status()).as(user).isEqualTo(404);
      assertThat(listed(user, number)).as(user).isFalse();
    }
    assertThat(tasksOf("a-clerk")).contains(number);
    assertThat(tasksOf("b-clerk")).doesNotContain(number);
    assertThat(engineSees("a-supervisor", number)).isTrue();
    assertThat(engineSees("b-clerk", number)).isFalse();

    var foreign = matters.step("b-clerk", number, "dispatch",
        Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", "COUNTY-A-HOUSING"));
    assertThat(foreign.status()).isEqualTo(404);
    matters.ok("a-clerk", number, "dispatch",
        Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", "COUNTY-A-HOUSING"));
    assertThat(api.as("a-handler").get("/api/petitions/" + number).status()).isEqualTo(200);
  }

  @Test
  void aMatterHandledInTheCountyIsInItsJurisdictionWhoeverRegisteredIt() {
    String number = matters.register(time.noonOf("2026-08-04"));
    assertThat(api.as("a-supervisor").get("/api/petitions/" + number).status()).isEqualTo(404);
    matters.ok("clerk", number, "dispatch",
        Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", "COUNTY-A-HOUSING"));

    assertThat(api.as("a-supervisor").get("/api/petitions/" + number).status()).isEqualTo(200);
    assertThat(listed("a-supervisor", number)).isTrue();
    assertThat(api.as("b-supervisor").get("/api/petitions/" + number).status()).isEqualTo(404);
    assertThat(engineSees("a-supervisor", number)).isTrue();
    assertThat(engineSees("b-supervisor", number)).isFalse();
  }

  private boolean listed(String user, String number) {
    return api.as(user).get("/api/petitions?q=" + number).body().toString().contains(number);
  }

  private String tasksOf(String user) {
    return api.as(user).get("/api/tasks").body().toString();
  }

  private boolean engineSees(String user, String number) {
    return api.as(user).get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + number).body()
        .size() > 0;
  }
}
