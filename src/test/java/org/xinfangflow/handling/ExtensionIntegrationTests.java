package org.xinfangflow.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 延期 (Art. 34): once, at most 30 days, by the head, before the limit has run out; the timers move. */
@IntegrationTest
class ExtensionIntegrationTests {

  private final Matters matters;
  private final TimeMachine time;

  @Autowired
  ExtensionIntegrationTests(Matters matters, TimeMachine time) {
    this.matters = matters;
    this.time = time;
  }

  @Test
  void anExtensionMovesTheLastDayAndTheOverdueTimer() {
    String number = acceptedOn("2026-06-01");
    // 60 days from 2026-06-01: 2026-07-31 (Friday)
    assertThat(matters.deadline(number, "HANDLING").path("due").asText()).isEqualTo("2026-07-31");
    time.noonOf("2026-07-20");
    var extended = matters.ok("head", number, "extension", Map.of("days", 30, "reason", "涉及多个部门，需联合调查"));
    // 2026-07-31 + 30 = 2026-08-30, a Sunday: moves to Monday 2026-08-31
    assertThat(extended.text("due")).isEqualTo("2026-08-31");
    assertThat(extended.body().path("extensionDays").asInt()).isEqualTo(30);
    time.startOf("2026-08-01");
    assertThat(matters.deadline(number, "HANDLING").path("overdue").asBoolean()).isFalse();
    time.noonOf("2026-08-31");
    assertThat(matters.deadline(number, "HANDLING").path("overdue").asBoolean()).isFalse();
    time.startOf("2026-09-01");
    assertThat(matters.deadline(number, "HANDLING").path("overdue").asBoolean()).isTrue();
    assertThat(matters.status(number)).isEqualTo("ACCEPTED");
  }

  @Test
  void aSecondExtensionMoreThan30DaysOrALateOneIsRefused() {
    String number = acceptedOn("2026-06-01");
    var tooLong = matters.step("head", number, "extension", Map.of("days", 31, "reason", "复杂"));
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.text("article")).isEqualTo("《信访工作条例》第三十四条");
    var zero = matters.step("head", number, "extension", Map.of("days", 0, "reason", "复杂"));
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.text("field")).isEqualTo("days");
    var handlerTries = matters.step("handler", number, "extension", Map.of("days", 5, "reason", "复杂"));
    assertThat(handlerTries.status()).isEqualTo(403);
    matters.ok("head", number, "extension", Map.of("days", 5, "reason", "复杂"));
    var second = matters.step("head", number, "extension", Map.of("days", 5, "reason", "仍复杂"));
    assertThat(second.status()).isEqualTo(422);
    assertThat(second.text("detail")).contains("一次");

    String late = acceptedOn("2026-06-01");
    time.noonOf("2026-08-01");
    var afterLimit = matters.step("head", late, "extension", Map.of("days", 5, "reason", "复杂"));
    assertThat(afterLimit.status()).isEqualTo(422);
    assertThat(afterLimit.text("detail")).contains("届满");
  }

  private String acceptedOn(String day) {
    String number = matters.register(time.noonOf(day));
    matters.dispatchToHousing(number);
    matters.accept(number);
    return number;
  }

}
