package org.xinfangflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.Matters;

/**
 * A county of its own for a reporting test, so its figures are only its matters: a bureau (信访局) under
 * nobody, a department under it, their clerk, two handlers, the head and an auditor; and its matters driven
 * through the HTTP API step by step.
 */
final class TestCounty {

  final String bureau;
  final String unit;
  final String clerk;
  final String handler;
  final String handler2;
  final String head;
  final String auditor;

  private final Api api;
  private final Matters matters;

  TestCounty(Api api, Matters matters, UserDirectory directory, String name) {
    this.api = api;
    this.matters = matters;
    String id = UUID.randomUUID().toString().substring(0, 8);
    bureau = "B-" + id;
    unit = "U-" + id;
    directory.saveUnit(bureau, name + "县信访局" + id, "BUREAU", "110101");
    directory.saveUnit(unit, name + "县住建局" + id, bureau, "110101");
    clerk = "rc-" + id;
    handler = "rh-" + id;
    handler2 = "rh2-" + id;
    head = "rhead-" + id;
    auditor = "raud-" + id;
    directory.saveUser(clerk, "登记员" + id, "demo", bureau, Role.CLERK);
    directory.saveUser(handler, "经办人" + id, "demo", unit, Role.HANDLER);
    directory.saveUser(handler2, "经办人乙" + id, "demo", unit, Role.HANDLER);
    directory.saveUser(head, "负责人" + id, "demo", unit, Role.HEAD);
    directory.saveUser(auditor, "审计员" + id, "demo", bureau, Role.AUDITOR);
  }

  String register(Map<String, Object> body) {
    Api.Response created = api.as(clerk).post("/api/petitions", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("number");
  }

  /** Registered at {@code receivedAt} and dispatched to the department. */
  String dispatched(OffsetDateTime receivedAt) {
    String number = register(matters.registration(receivedAt));
    matters.ok(clerk, number, "dispatch", Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", unit));
    return number;
  }

  String accepted(OffsetDateTime receivedAt) {
    String number = dispatched(receivedAt);
    matters.ok(handler, number, "acceptance", Map.of("decision", "ACCEPT"));
    return number;
  }

  /** Accepted, replied and the reply delivered now. */
  String replied(OffsetDateTime receivedAt) {
    String number = accepted(receivedAt);
    reply(number);
    return number;
  }

  /** A registered matter dispatched to the department, accepted, replied and delivered now. */
  void handle(String number) {
    matters.ok(clerk, number, "dispatch", Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", unit));
    matters.ok(handler, number, "acceptance", Map.of("decision", "ACCEPT"));
    reply(number);
  }

  /** The reply drafted, reviewed, signed, pre-checked and delivered now. */
  void reply(String number) {
    matters.ok(handler, number, "reply", Map.of("outcome", "SUPPORT", "facts", "经现场测温，室温低于16度的情况属实",
        "basis", "《城镇供热管理条例》第十二条", "opinion", Matters.COMPLETE_OPINION));
    matters.ok(handler2, number, "reply/review", Map.of("approve", true));
    matters.ok(head, number, "reply/sign", Map.of("approve", true));
    matters.ok("reviewer", number, "reply/precheck", Map.of("approve", true));
    matters.ok(handler, number, "reply/delivery", Map.of());
  }

  /** A leader (the department's head) sponsors the matter (领导包案). */
  void sponsor(String number) {
    Api.Response response = api.as("supervisor").post("/api/petitions/" + number + "/sponsorship",
        Map.of("sponsor", head, "note", "领导包案"));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }
}
