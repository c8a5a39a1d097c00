package org.xinfangflow.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 依法分类处理 (DOMAIN.md §2): every route the decision table allows ends where the law sends it. */
@IntegrationTest
class DispatchRoutesIntegrationTests {

  private final Matters matters;
  private final TimeMachine time;

  @Autowired
  DispatchRoutesIntegrationTests(Matters matters, TimeMachine time) {
    this.matters = matters;
    this.time = time;
  }

  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource({
      "ACCUSATION, ROUTE_DISCIPLINE, ROUTED",
      "CLAIM_LEGAL_CHANNEL, ROUTE_LEGAL_CHANNEL, ROUTED",
      "LITIGATION, ROUTE_LEGAL_CHANNEL, ROUTED",
      "CLAIM, GUIDE_ELSEWHERE, GUIDED",
      "SUGGESTION, NOT_ACCEPTED, NOT_ACCEPTED",
      "CLAIM, ASSIGN, DISPATCHED",
      "SUGGESTION, FORWARD, DISPATCHED"})
  void aLawfulRouteTakesTheMatterWhereTheRegulationsSendIt(String classification, String action, String status) {
    String number = matters.register(time.noonOf("2026-04-01"));
    matters.ok("clerk", number, "dispatch", Map.of("classification", classification, "action", action,
        "unit", "U-HOUSING"));
    assertThat(matters.status(number)).isEqualTo(status);
    var dispose = matters.detail(number).body().path("deadlines").get(0);
    assertThat(dispose.path("step").asText()).isEqualTo("DISPOSE");
    assertThat(dispose.path("met").isNull()).isFalse();
  }

  @ParameterizedTest(name = "{0} + {1} refused under {2}")
  @CsvSource({
      "ACCUSATION, FORWARD, 《信访工作条例》第三十条",
      "CLAIM_LEGAL_CHANNEL, ASSIGN, 《信访工作条例》第三十一条",
      "LITIGATION, FORWARD, 《信访工作条例》第二十二条、第二十八条",
      "CLAIM, ROUTE_DISCIPLINE, 《信访工作条例》第二十九条、第三十一条"})
  void aRouteThatDoesNotFitTheClassIsRefusedWithItsArticle(String classification, String action, String article) {
    String number = matters.register(time.noonOf("2026-04-01"));
    var refused = matters.step("clerk", number, "dispatch", Map.of("classification", classification, "action", action,
        "unit", "U-HOUSING"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.text("article")).isEqualTo(article);
    assertThat(refused.text("field")).isEqualTo("action");
    assertThat(matters.status(number)).isEqualTo("REGISTERED");
  }

  @org.junit.jupiter.api.Test
  void forwardingNeedsAnExistingUnit() {
    String number = matters.register(time.noonOf("2026-04-01"));
    var refused = matters.step("clerk", number, "dispatch", Map.of("classification", "CLAIM", "action", "FORWARD",
        "unit", "U-NOWHERE"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("field")).isEqualTo("unit");
    assertThat(matters.status(number)).isEqualTo("REGISTERED");
  }
}
