package org.xinfangflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.Matters;

/**
 * A fresh county bureau under the demo city bureau (BUREAU), with its clerk and supervisor, and one
 * responsible unit with a handler, a second handler and a head — so each test sees only its own matters.
 */
record Jurisdiction(String bureau, String unit, String clerk, String supervisor, String handler, String handler2,
    String head, Api api, Matters matters) {

  static Jurisdiction create(UserDirectory directory, Api api, Matters matters) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String bureau = "B-" + id;
    String unit = "U-" + id;
    directory.saveUnit(bureau, "测试县信访局" + id, "BUREAU", "110101");
    directory.saveUnit(unit, "测试县住建局" + id, bureau, "110101");
    directory.saveUser("clerk-" + id, "登记员" + id, "demo", bureau, Role.CLERK);
    directory.saveUser("sup-" + id, "督查员" + id, "demo", bureau, Role.SUPERVISOR);
    directory.saveUser("h-" + id, "经办人" + id, "demo", unit, Role.HANDLER);
    directory.saveUser("h2-" + id, "经办人乙" + id, "demo", unit, Role.HANDLER);
    directory.saveUser("head-" + id, "负责人" + id, "demo", unit, Role.HEAD);
    return new Jurisdiction(bureau, unit, "clerk-" + id, "sup-" + id, "h-" + id, "h2-" + id, "head-" + id, api,
        matters);
  }

  String register(OffsetDateTime receivedAt) {
    Api.Response created = api.as(clerk).post("/api/petitions", matters.registration(receivedAt));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("number");
  }

  /** Registered and dispatched to the unit at {@code at}. */
  String dispatched(OffsetDateTime at) {
    String number = register(at);
    matters.ok(clerk, number, "dispatch", Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", unit));
    return number;
  }

  Api.Response accept(String number, Map<String, ?> body) {
    return matters.step(handler, number, "acceptance", body);
  }

  /** Every row of a supervision page (all pages), as {@code user}. */
  List<JsonNode> rows(String user, String path) {
    List<JsonNode> rows = new ArrayList<>();
    for (int page = 0; ; page++) {
      Api.Response response = api.as(user).get(path + (path.contains("?") ? "&" : "?") + "size=500&page=" + page);
      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      response.body().path("content").forEach(rows::add);
      if (response.body().path("content").size() < 500) {
        return rows;
      }
    }
  }

  /** The rows of this matter on a supervision page. */
  List<JsonNode> rowsOf(String number, String user, String path) {
    return rows(user, path).stream().filter(row -> row.path("number").asText().equals(number)).toList();
  }

  /** The caller's notifications about the matter. */
  List<JsonNode> notifications(String user, String number) {
    Api.Response response = api.as(user).get("/api/notifications?size=500");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> found = new ArrayList<>();
    response.body().path("content").forEach(n -> {
      if (n.path("number").asText().equals(number)) {
        found.add(n);
      }
    });
    return found;
  }
}
