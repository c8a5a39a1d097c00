package org.xinfangflow.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 受理告知, 不予受理 and 异议 (Art. 23), and who may act. */
@IntegrationTest
class AcceptanceIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;

  @Autowired
  AcceptanceIntegrationTests(Api api, Matters matters, TimeMachine time) {
    this.api = api;
    this.matters = matters;
    this.time = time;
  }

  @Test
  void notAcceptingNeedsAReasonAndEndsTheMatter() {
    String number = dispatched("2026-04-01");
    var noReason = matters.step("handler", number, "acceptance", Map.of("decision", "NOT_ACCEPT"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.text("field")).isEqualTo("reason");
    matters.ok("handler", number, "acceptance", Map.of("decision", "NOT_ACCEPT", "reason", "已经人民法院判决"));
    assertThat(matters.status(number)).isEqualTo("NOT_ACCEPTED");
  }

  @Test
  void anObjectionAcrossNationalDayIsTakenOnTheFifthWorkingDay() {
    time.noonOf("2026-09-28");
    String number = matters.register(time.now());
    matters.dispatchToHousing(number);
    time.noonOf("2026-10-10");
    matters.ok("handler", number, "acceptance", Map.of("decision", "OBJECT", "reason", "属于教育局职责"));
    assertThat(matters.status(number)).isEqualTo("REGISTERED");
    assertThat(matters.detail(number).body().path("currentStep").asText()).isEqualTo("DISPOSE");
  }

  @Test
  void anObjectionAfterFiveWorkingDaysIsRefusedUnderArticle23() {
    time.noonOf("2026-09-28");
    String number = matters.register(time.now());
    matters.dispatchToHousing(number);
    time.noonOf("2026-10-11");
    var late = matters.step("handler", number, "acceptance", Map.of("decision", "OBJECT", "reason", "非本单位职责"));
    assertThat(late.status()).as(late.toString()).isEqualTo(422);
    assertThat(late.text("article")).isEqualTo("《信访工作条例》第二十三条");
    assertThat(matters.status(number)).isEqualTo("DISPATCHED");
    var objection = matters.deadline(number, "OBJECTION");
    assertThat(objection.path("due").asText()).isEqualTo("2026-10-10");
    assertThat(objection.path("expired").asBoolean()).isTrue();
  }

  @Test
  void anotherUnitsHandlerFindsNothingAndAClerkMayNotAccept() {
    String number = dispatched("2026-04-01");
    var otherUnit = matters.step("handler-edu", number, "acceptance", Map.of("decision", "ACCEPT"));
    assertThat(otherUnit.status()).isEqualTo(404);
    assertThat(api.as("handler-edu").get("/api/petitions/" + number).status()).isEqualTo(404);
    var wrongRole = matters.step("clerk", number, "acceptance", Map.of("decision", "ACCEPT"));
    assertThat(wrongRole.status()).isEqualTo(403);
    assertThat(api.as(null).get("/api/petitions/" + number).status()).isEqualTo(401);
  }

  @Test
  void aStepThatIsNotOpenAnswers409WithTheOpenSteps() {
    String number = matters.register(time.noonOf("2026-04-01"));
    var notOpen = matters.step("clerk", number, "evaluation", Map.of("result", "SATISFIED"));
    assertThat(notOpen.status()).isEqualTo(409);
    assertThat(notOpen.body().path("openSteps").toString()).contains("DISPOSE");
  }

  private String dispatched(String day) {
    String number = matters.register(time.noonOf(day));
    matters.dispatchToHousing(number);
    return number;
  }
}
