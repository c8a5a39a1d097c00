package org.xinfangflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.Browser;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * Camunda's identity is the application's: the engine REST API and the web applications know the same
 * users, groups and units, and show each user only the matters and tasks of their data scope.
 */
@IntegrationTest
class EngineAccessIntegrationTests {

  private static final String COCKPIT_INSTANCES = "/camunda/api/engine/engine/default/process-instance";

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final UserDirectory directory;
  private final Environment environment;

  @Autowired
  EngineAccessIntegrationTests(Api api, Matters matters, TimeMachine time, UserDirectory directory,
      Environment environment) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.directory = directory;
    this.environment = environment;
  }

  @BeforeEach
  void subUnits() {
    if (!directory.unitExists("U-HOUSING-PM")) {
      directory.saveUnit("U-HOUSING-PM", "住房和城乡建设局物业管理科", "U-HOUSING", "110101");
    }
    directory.saveUnit("U-HOUSING-DISCIPLINE", "派驻住建局纪检监察组", "U-HOUSING", "110101");
    directory.saveUser("handler-pm", "物业科经办人", "demo", "U-HOUSING-PM", Role.HANDLER);
    directory.saveUser("discipline", "纪检监察组干部", "demo", "U-HOUSING-DISCIPLINE", Role.HANDLER);
  }

  @Test
  void theEngineKnowsTheApplicationsUsersGroupsAndUnits() {
    var users = api.as("admin").get("/engine-rest/user?id=handler");
    assertThat(users.status()).as(users.toString()).isEqualTo(200);
    assertThat(users.body().get(0).path("firstName").asText()).isEqualTo("住建局经办人甲");

    assertThat(groupsOf("handler")).contains("handler", "U-HOUSING", "U-HOUSING-PM", "scope:U-HOUSING",
        "scope:U-HOUSING-PM").doesNotContain("clerk", "U-EDU", "scope:U-EDU", "U-HOUSING-head");
    assertThat(groupsOf("head")).contains("head", "U-HOUSING-head", "U-HOUSING-PM-head");
    assertThat(groupsOf("handler-pm")).contains("U-HOUSING-PM").doesNotContain("U-HOUSING", "scope:U-HOUSING");
    assertThat(groupsOf("admin")).contains("camunda-admin", "admin");
    assertThat(groupsOf("auditor")).containsExactly("auditor");
    var members = api.as("admin").get("/engine-rest/user?memberOfGroup=U-HOUSING-head");
    assertThat(ids(members.body())).containsExactly("head");

    var created = api.as("admin").post("/api/admin/users", Map.of("username", "edu-head",
        "displayName", "教育局负责人", "password", "a-long-password", "unitCode", "U-EDU", "roles", List.of("HEAD")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(groupsOf("edu-head")).contains("U-EDU-head", "scope:U-EDU");
    api.as("admin").put("/api/admin/users/edu-head", Map.of("displayName", "教育局负责人", "unitCode", "U-EDU",
        "roles", List.of("HEAD"), "enabled", false));
    assertThat(api.as("admin").get("/engine-rest/user?id=edu-head").body().size()).isZero();
  }

  @Test
  void theEngineRestApiShowsOnlyTheMattersAndTasksInTheCallersScope() {
    String number = matters.register(time.noonOf("2026-07-06"));
    assertThat(visibleTo("clerk", number)).isTrue();
    assertThat(visibleTo("handler", number)).isFalse();
    matters.dispatchToHousing(number);

    for (String user : List.of("handler", "head", "clerk", "supervisor", "admin")) {
      assertThat(visibleTo(user, number)).as(user).isTrue();
    }
    for (String user : List.of("handler-edu", "handler-pm", "auditor")) {
      assertThat(visibleTo(user, number)).as(user).isFalse();
    }
    assertThat(api.as("handler-edu").get("/engine-rest/process-instance?businessKey=" + number).body().size())
        .isZero();
    assertThat(api.as("handler").get("/engine-rest/process-instance?businessKey=" + number).body().size())
        .isEqualTo(1);
    assertThat(api.as("handler").get("/engine-rest/task?processInstanceBusinessKey=" + number).body().size())
        .isEqualTo(1);
    assertThat(api.as("handler-edu").get("/engine-rest/task?processInstanceBusinessKey=" + number).body().size())
        .isZero();
    assertThat(api.as("handler-edu").get("/engine-rest/process-instance/count").body().path("count").asLong())
        .isLessThan(api.as("admin").get("/engine-rest/process-instance/count").body().path("count").asLong());
  }

  @Test
  void tasklistsFilterIsReadableAndNamedInChinese() {
    // regression: application.properties is read as ISO-8859-1, so the name came out garbled
    var filters = api.as("handler").get("/engine-rest/filter?resourceType=Task");
    assertThat(filters.status()).as(filters.toString()).isEqualTo(200);
    assertThat(filters.body().toString()).contains("全部任务");
  }

  @Test
  void aMatterDispatchedAgainMovesToTheNewUnit() {
    String number = matters.register(time.noonOf("2026-07-07"));
    matters.dispatchToHousing(number);
    matters.ok("handler", number, "acceptance", Map.of("decision", "OBJECT", "reason", "不属于本单位职责，应由教育局办理"));
    matters.ok("clerk", number, "dispatch", Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", "U-EDU"));

    assertThat(visibleTo("handler-edu", number)).isTrue();
    assertThat(visibleTo("handler", number)).isFalse();
    assertThat(visibleTo("clerk", number)).isTrue();
  }

  @Test
  void aStepIsNeverCompletedThroughTheEngine() {
    String number = matters.register(time.noonOf("2026-07-08"));
    matters.dispatchToHousing(number);
    JsonNode task = api.as("handler").get("/engine-rest/task?processInstanceBusinessKey=" + number).body().get(0);

    String id = task.path("id").asText();
    for (String user : List.of("handler", "admin")) {
      for (String path : List.of("/engine-rest/task/" + id + "/complete", "/engine-rest/task/" + id + "/submit-form",
          "/camunda/api/engine/engine/default/task/" + id + "/complete",
          "/camunda/api/engine/engine/default/task/" + id + "/submit-form")) {
        var completed = api.as(user).post(path, Map.of());
        assertThat(completed.status()).as(user + " " + path + " " + completed).isEqualTo(403);
      }
    }
    assertThat(matters.detail(number).body().path("currentStep").asText()).isEqualTo("ACCEPTANCE");
    matters.accept(number);
  }

  @Test
  void anAccusationStaysHiddenFromTheAccusedUnitInTheEngine() {
    String number = matters.register(time.noonOf("2026-07-09"));
    matters.ok("clerk", number, "dispatch", Map.of("classification", "ACCUSATION", "action", "ROUTE_DISCIPLINE",
        "unit", "U-HOUSING-DISCIPLINE", "accusedUnit", "U-HOUSING-PM"));
    assertThat(visibleTo("discipline", number)).isTrue();
    assertThat(visibleTo("handler-pm", number)).isFalse();
    assertThat(api.as("handler-pm").get("/engine-rest/task?processInstanceBusinessKey=" + number).body().size())
        .isZero();

    String againstHousing = matters.register(time.now());
    matters.ok("clerk", againstHousing, "dispatch", Map.of("classification", "ACCUSATION",
        "action", "ROUTE_DISCIPLINE", "unit", "BUREAU", "accusedUnit", "U-HOUSING"));
    for (String user : List.of("handler", "head", "handler-pm", "discipline")) {
      assertThat(visibleTo(user, againstHousing)).as(user).isFalse();
      assertThat(api.as(user).get(COCKPIT_INSTANCES + "?businessKey=" + againstHousing).body().size()).as(user)
          .isZero();
    }
  }

  @Test
  void cockpitRunsAsTheSignedInUserWithTheSameScope() throws Exception {
    String number = matters.register(time.noonOf("2026-07-10"));
    matters.dispatchToHousing(number);
    var asHandler = api.as("handler").get(COCKPIT_INSTANCES + "?businessKey=" + number);
    assertThat(asHandler.status()).as(asHandler.toString()).isEqualTo(200);
    assertThat(asHandler.body().size()).isEqualTo(1);
    assertThat(api.as("handler-edu").get(COCKPIT_INSTANCES + "?businessKey=" + number).body().size()).isZero();

    HttpClient http = HttpClient.newHttpClient();
    var page = http.send(HttpRequest.newBuilder(url("/camunda/app/cockpit/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");

    var camundaLogin = http.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/cockpit"))
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo"))
        .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.discarding());
    assertThat(camundaLogin.statusCode()).isIn(401, 403);
    assertThat(api.as("handler").post("/engine-rest/identity/verify",
        Map.of("username", "admin", "password", "demo")).status()).isEqualTo(403);
  }

  /** Whether the user sees the matter's process instance, running or ended, through the engine REST API. */
  @Test
  void cockpitInABrowserSignsInOnceAndSendsItsOwnCsrfToken() {
    // regression: renaming Camunda's CSRF cookie made Cockpit send our token, so every POST was refused
    String number = matters.register(time.noonOf("2026-07-13"));
    matters.dispatchToHousing(number);
    for (var user : Map.of("handler", 1, "handler-edu", 0).entrySet()) {
      Browser browser = new Browser(environment);
      assertThat(browser.signIn(user.getKey(), "demo").status()).isEqualTo(302);
      assertThat(browser.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
      String camundaToken = browser.cookie("XSRF-TOKEN");
      assertThat(camundaToken).isNotEmpty().isNotEqualTo(browser.cookie("XF-XSRF-TOKEN"));
      var count = browser.sendJson("POST", COCKPIT_INSTANCES + "/count", "{\"businessKey\": \"" + number + "\"}",
          Map.of("X-XSRF-TOKEN", camundaToken));
      assertThat(count.status()).as(user.getKey() + " " + count.body()).isEqualTo(200);
      assertThat(count.body()).contains("\"count\":" + user.getValue());
    }
  }

  private boolean visibleTo(String user, String number) {
    var answer = api.as(user).get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + number);
    assertThat(answer.status()).as(user + " " + answer).isEqualTo(200);
    return answer.body().size() > 0;
  }

  private List<String> groupsOf(String user) {
    var answer = api.as("admin").get("/engine-rest/group?member=" + user + "&maxResults=500");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return ids(answer.body());
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(node -> ids.add(node.path("id").asText()));
    return ids;
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
  }
}
