package org.xinfangflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** One matter through every step over real HTTP, 登记 to 复核终结, and its repeat refused (Art. 36). */
@IntegrationTest
class EndToEndIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;

  @Autowired
  EndToEndIntegrationTests(Api api, Matters matters, TimeMachine time) {
    this.api = api;
    this.matters = matters;
    this.time = time;
  }

  @Test
  void aClaimRunsThroughEveryStepToFinalityAndItsRepeatIsRefused() {
    var registeredAt = time.noonOf("2026-03-02");
    Map<String, Object> registration = matters.registration(registeredAt);
    String number = matters.register(registration);
    assertThat(number).matches("XF-2026-\\d{6}");
    assertThat(matters.status(number)).isEqualTo("REGISTERED");
    assertThat(matters.detail(number).body().path("currentStep").asText()).isEqualTo("DISPOSE");

    time.noonOf("2026-03-03");
    matters.dispatchToHousing(number);
    assertThat(matters.status(number)).isEqualTo("DISPATCHED");
    assertThat(api.as("handler").get("/api/tasks").body().findValuesAsText("number")).contains(number);

    time.noonOf("2026-03-05");
    matters.accept(number);
    assertThat(matters.status(number)).isEqualTo("ACCEPTED");
    assertThat(matters.deadline(number, "HANDLING").path("due").asText()).isEqualTo("2026-05-06");

    time.noonOf("2026-04-20");
    matters.ok("head", number, "extension", Map.of("days", 10, "reason", "需要现场核查"));
    assertThat(matters.deadline(number, "HANDLING").path("due").asText()).isEqualTo("2026-05-18");

    time.noonOf("2026-05-10");
    matters.replyApproved(number);
    matters.deliver(number);
    assertThat(matters.status(number)).isEqualTo("REPLIED");
    assertThat(matters.deadline(number, "HANDLING").path("met").isNull()).isFalse();
    assertThat(matters.deadline(number, "HANDLING").path("overdue").asBoolean()).isFalse();

    time.noonOf("2026-05-12");
    matters.ok("clerk", number, "evaluation", Map.of("result", "DISSATISFIED"));
    matters.ok("clerk", number, "review-request", Map.of());
    assertThat(matters.status(number)).isEqualTo("UNDER_REVIEW");

    time.noonOf("2026-06-01");
    matters.ok("reviewer", number, "review-opinion", Map.of("outcome", "UPHOLD", "opinion", "维持原处理意见"));
    assertThat(matters.status(number)).isEqualTo("REPLIED");

    time.noonOf("2026-06-10");
    matters.ok("clerk", number, "re-review-request", Map.of());
    assertThat(matters.status(number)).isEqualTo("UNDER_RE_REVIEW");
    var hearing = api.as("reviewer").post("/api/petitions/" + number + "/hearing",
        Map.of("start", "2026-06-20", "end", "2026-06-22"));
    assertThat(hearing.status()).as(hearing.toString()).isEqualTo(200);
    assertThat(hearing.body().path("pausedDays").asInt()).isEqualTo(3);

    time.noonOf("2026-07-01");
    matters.ok("reviewer", number, "re-review-opinion", Map.of("outcome", "UPHOLD", "opinion", "维持复查意见"));
    JsonNode finalMatter = matters.detail(number).body();
    assertThat(finalMatter.path("status").asText()).isEqualTo("FINAL");
    assertThat(timelineKinds(finalMatter)).contains("登记", "依法分类处理", "受理", "延期", "拟写答复", "复审", "负责人签发",
        "答复预审", "送达", "评价", "复查申请", "复查意见", "复核申请", "听证", "复核意见");

    time.noonOf("2026-08-01");
    var repeat = api.as("clerk").post("/api/petitions", registration);
    assertThat(repeat.status()).as(repeat.toString()).isEqualTo(422);
    assertThat(repeat.text("article")).isEqualTo("《信访工作条例》第三十六条");
  }

  private static List<String> timelineKinds(JsonNode matter) {
    List<String> kinds = new ArrayList<>();
    matter.path("timeline").forEach(entry -> kinds.add(entry.path("kind").asText()));
    return kinds;
  }
}
