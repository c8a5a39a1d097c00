package org.xinfangflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds and drives matters through the HTTP API, step by step, asserting each step succeeds. */
public class Matters {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private final Api api;

  Matters(Api api) {
    this.api = api;
  }

  /** A valid registration body with fresh content and a fresh petitioner. */
  public Map<String, Object> registration(OffsetDateTime receivedAt) {
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "LETTER");
    body.put("receivedAt", receivedAt.toString());
    body.put("petitioners", List.of(petitioner(idNumber())));
    body.put("headcount", 1);
    body.put("title", "小区供暖不达标");
    body.put("content", "室温长期低于16度，请求督促供热单位整改。编号" + UUID.randomUUID());
    body.put("category", "城乡建设");
    body.put("regionCode", "110101");
    return body;
  }

  public static Map<String, Object> petitioner(String idNumber) {
    Map<String, Object> person = new HashMap<>();
    person.put("name", "测试信访人");
    person.put("idNumber", idNumber);
    person.put("phone", "13800138000");
    person.put("address", "北京市东城区测试路1号");
    return person;
  }

  /** A random 18-digit ID number with a correct GB 11643 check character. */
  public static String idNumber() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String first17 = "110101" + (1950 + random.nextInt(50)) + "%02d%02d%03d".formatted(
        1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return first17 + CHECK.charAt(sum % 11);
  }

  public String register(OffsetDateTime receivedAt) {
    return register(registration(receivedAt));
  }

  public String register(Map<String, Object> body) {
    return registerAs("clerk", body);
  }

  /** Registered by this clerk (of a unit a test made for itself). */
  public String registerAs(String clerk, Map<String, Object> body) {
    Api.Response created = api.as(clerk).post("/api/petitions", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("number");
  }

  public Api.Response step(String user, String number, String step, Map<String, ?> body) {
    return api.as(user).post("/api/petitions/" + number + "/" + step, body);
  }

  /** Runs a step and asserts it succeeded. */
  public Api.Response ok(String user, String number, String step, Map<String, ?> body) {
    Api.Response response = step(user, number, step, body);
    assertThat(response.status()).as(step + " → " + response).isEqualTo(200);
    return response;
  }

  public void dispatchToHousing(String number) {
    ok("clerk", number, "dispatch", Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", "U-HOUSING"));
  }

  public void accept(String number) {
    ok("handler", number, "acceptance", Map.of("decision", "ACCEPT"));
  }

  /** An opinion with every element the document check asks for (Art. 32, 35). */
  public static final String COMPLETE_OPINION = "对信访人的请求予以支持，责令供热单位七日内整改。信访人如不服本处理意见，"
      + "可自收到本意见书之日起30日内向市人民政府申请复查。";

  public void draftReply(String number) {
    ok("handler", number, "reply", Map.of("outcome", "SUPPORT", "facts", "经现场测温，室温低于16度的情况属实",
        "basis", "《城镇供热管理条例》第十二条", "opinion", COMPLETE_OPINION));
  }

  /** Draft, review by the second handler, the head's signature, the bureau's pre-review. */
  public void replyApproved(String number) {
    draftReply(number);
    ok("handler2", number, "reply/review", Map.of("approve", true));
    ok("head", number, "reply/sign", Map.of("approve", true));
    ok("reviewer", number, "reply/precheck", Map.of("approve", true));
  }

  public void deliver(String number) {
    ok("handler", number, "reply/delivery", Map.of());
  }

  /** Registered now, dispatched to U-HOUSING, accepted, reply delivered. */
  public String replied(OffsetDateTime receivedAt) {
    String number = register(receivedAt);
    dispatchToHousing(number);
    accept(number);
    replyApproved(number);
    deliver(number);
    return number;
  }

  public Api.Response detail(String number) {
    return api.as("supervisor").get("/api/petitions/" + number);
  }

  /** The latest clock of the step on the matter (a step's clock may start again, e.g. after an objection). */
  public JsonNode deadline(String number, String step) {
    JsonNode found = null;
    for (var deadline : detail(number).body().path("deadlines")) {
      if (deadline.path("step").asText().equals(step)) {
        found = deadline;
      }
    }
    assertThat(found).as(step + " deadline of " + number).isNotNull();
    return found;
  }

  public String status(String number) {
    return detail(number).text("status");
  }
}
