package org.xinfangflow.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** {@code /api/compliance}: the findings of the caller's scope, filters, closing with a reason, the rule set. */
@IntegrationTest
class FindingsApiIntegrationTests {

  @Autowired
  Api api;
  @Autowired
  Matters matters;
  @Autowired
  TimeMachine time;
  @Autowired
  ComplianceSweep sweep;

  @Test
  void supervisorsListFilterAndCloseFindingsWithAReason() {
    String number = matters.register(time.noonOf("2026-08-03"));
    matters.dispatchToHousing(number);
    matters.ok("handler", number, "acceptance", Map.of("decision", "NOT_ACCEPT", "reason", "不归我们管"));
    String today = time.now().toLocalDate().toString();

    var listed = api.as("supervisor").get("/api/compliance/findings?rule=NON_ACCEPTANCE_WITHOUT_REASON&unit=U-HOUSING"
        + "&from=" + today + "&to=" + today);
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    JsonNode finding = first(listed.body(), number);
    assertThat(finding.path("status").asText()).isEqualTo("OPEN");
    assertThat(api.as("auditor").get("/api/compliance/findings?status=OPEN").body().toString()).contains(number);
    assertThat(api.as("handler").get("/api/compliance/findings").status()).isEqualTo(403);
    assertThat(api.as("supervisor").get("/api/compliance/findings?from=" + LocalDate.parse(today).plusDays(1))
        .body().toString()).doesNotContain(number);

    String close = "/api/compliance/findings/" + finding.path("id").asText() + "/close";
    var blank = api.as("supervisor").post(close, Map.of("reason", " "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body().toString()).contains("reason");
    var closed = api.as("supervisor").post(close, Map.of("reason", "已约谈责任单位，补正不予受理理由"));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.text("status")).isEqualTo("CLOSED");
    assertThat(closed.text("closedBy")).isEqualTo("supervisor");
    assertThat(api.as("supervisor").post(close, Map.of("reason", "再关一次")).status()).isEqualTo(409);

    sweep.sweep();
    assertThat(matters.detail(number).body().path("findings").toString()).doesNotContain("\"status\":\"OPEN\"");
    assertThat(matters.detail(number).body().path("timeline").toString()).contains("督查关闭问题");
    assertThat(api.as("auditor").get("/api/audit?matter=" + number).body().toString()).contains("督查关闭问题");
  }

  @Test
  void aFindingOutsideTheSupervisorsJurisdictionIsNotFound() {
    String number = matters.register(time.noonOf("2026-08-04"));
    matters.dispatchToHousing(number);
    matters.ok("handler", number, "acceptance", Map.of("decision", "NOT_ACCEPT", "reason", "不想办"));
    JsonNode finding = first(api.as("supervisor").get("/api/compliance/findings?rule=NON_ACCEPTANCE_WITHOUT_REASON")
        .body(), number);
    var unknown = api.as("supervisor").post("/api/compliance/findings/999999999/close", Map.of("reason", "无"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(finding.path("article").asText()).contains("第二十三条");
  }

  @Test
  void theRuleSetCoversEveryFamilyWithCodesArticlesAndMessages() {
    var rules = api.as("handler").get("/api/compliance/rules");
    assertThat(rules.status()).isEqualTo(200);
    String all = rules.body().toString();
    for (Family family : Family.values()) {
      assertThat(all).contains("\"family\":\"" + family.name() + "\"");
    }
    assertThat(all).contains("ACCEPTANCE_NOTICE_LATE", "LEGAL_CHANNEL_KEPT", "HANDLING_OVERDUE", "REPLY_MISSING_ELEMENTS",
        "EVALUATION_NOT_OBTAINED", "ACCEPTED_AFTER_FINALITY", "\"mode\":\"PREVENTS\"", "\"mode\":\"DETECTS\"");
    rules.body().forEach(rule -> {
      assertThat(rule.path("article").asText()).isNotBlank();
      assertThat(rule.path("message").asText()).isNotBlank();
    });
  }

  private static JsonNode first(JsonNode page, String number) {
    for (JsonNode finding : page.path("content")) {
      if (finding.path("matter").asText().equals(number)) {
        return finding;
      }
    }
    throw new AssertionError(number + " not in " + page);
  }
}
