package org.xinfangflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * Every statutory limit: on its last day the matter is on time, on the first second of the next
 * day it is late (or the window is closed). The clock is moved; timers run; nothing sleeps.
 */
@IntegrationTest
class StatutoryClocksIntegrationTests {

  private final Matters matters;
  private final TimeMachine time;

  @Autowired
  StatutoryClocksIntegrationTests(Matters matters, TimeMachine time) {
    this.matters = matters;
    this.time = time;
  }

  @Nested
  class Limits {

    @Test
    void disposeWithin15DaysMovedPastNationalDay() {
      String number = matters.register(time.noonOf("2026-09-16"));
      assertThat(matters.deadline(number, "DISPOSE").path("due").asText()).isEqualTo("2026-10-08");
      assertThat(matters.deadline(number, "DISPOSE").path("explanation").asText()).contains("第二十二条", "2026-10-08");
      time.noonOf("2026-10-08");
      assertThat(matters.deadline(number, "DISPOSE").path("overdue").asBoolean()).isFalse();
      assertThat(matters.deadline(number, "DISPOSE").path("warned").asBoolean()).isTrue();
      time.startOf("2026-10-09");
      assertThat(matters.deadline(number, "DISPOSE").path("overdue").asBoolean()).isTrue();
      matters.dispatchToHousing(number);
      assertThat(matters.status(number)).as("overdue never stops the matter").isEqualTo("DISPATCHED");
    }

    @Test
    void acceptanceNoticeWithin15Days() {
      String number = matters.register(time.noonOf("2026-04-01"));
      matters.dispatchToHousing(number);
      assertThat(matters.deadline(number, "ACCEPTANCE_NOTICE").path("due").asText()).isEqualTo("2026-04-16");
      time.noonOf("2026-04-16");
      assertThat(matters.deadline(number, "ACCEPTANCE_NOTICE").path("overdue").asBoolean()).isFalse();
      time.startOf("2026-04-17");
      assertThat(matters.deadline(number, "ACCEPTANCE_NOTICE").path("overdue").asBoolean()).isTrue();
    }

    @Test
    void handlingWithin60DaysWarnedThreeDaysBefore() {
      String number = matters.register(time.noonOf("2026-06-01"));
      matters.dispatchToHousing(number);
      matters.accept(number);
      assertThat(matters.deadline(number, "HANDLING").path("due").asText()).isEqualTo("2026-07-31");
      time.noonOf("2026-07-27");
      assertThat(matters.deadline(number, "HANDLING").path("warned").asBoolean()).isFalse();
      time.noonOf("2026-07-28");
      assertThat(matters.deadline(number, "HANDLING").path("warned").asBoolean()).isTrue();
      time.noonOf("2026-07-31");
      assertThat(matters.deadline(number, "HANDLING").path("overdue").asBoolean()).isFalse();
      time.startOf("2026-08-01");
      assertThat(matters.deadline(number, "HANDLING").path("overdue").asBoolean()).isTrue();
    }

    @Test
    void reviewOpinionWithin30Days() {
      String number = matters.replied(time.noonOf("2026-06-01"));
      matters.ok("clerk", number, "review-request", Map.of());
      assertThat(matters.deadline(number, "REVIEW_OPINION").path("due").asText()).isEqualTo("2026-07-01");
      time.noonOf("2026-07-01");
      assertThat(matters.deadline(number, "REVIEW_OPINION").path("overdue").asBoolean()).isFalse();
      time.startOf("2026-07-02");
      assertThat(matters.deadline(number, "REVIEW_OPINION").path("overdue").asBoolean()).isTrue();
    }

    @Test
    void reReviewOpinionWithin30DaysEndingOnAMakeUpSaturday() {
      String number = reReviewRequestedOn("2026-09-10");
      assertThat(matters.deadline(number, "RE_REVIEW_OPINION").path("due").asText()).isEqualTo("2026-10-10");
      time.noonOf("2026-10-10");
      assertThat(matters.deadline(number, "RE_REVIEW_OPINION").path("overdue").asBoolean()).isFalse();
      time.startOf("2026-10-11");
      assertThat(matters.deadline(number, "RE_REVIEW_OPINION").path("overdue").asBoolean()).isTrue();
    }

    @Test
    void aHearingSpanningNationalDayIsNotCountedAgainstTheReReviewClock() {
      String number = reReviewRequestedOn("2026-09-20");
      assertThat(matters.deadline(number, "RE_REVIEW_OPINION").path("due").asText()).isEqualTo("2026-10-20");
      var hearing = matters.ok("reviewer", number, "hearing", Map.of("start", "2026-09-30", "end", "2026-10-02"));
      assertThat(hearing.text("due")).isEqualTo("2026-10-23");
      assertThat(hearing.text("explanation")).contains("2026-09-30", "2026-10-02");
      time.noonOf("2026-10-23");
      assertThat(matters.deadline(number, "RE_REVIEW_OPINION").path("overdue").asBoolean()).isFalse();
      time.startOf("2026-10-24");
      assertThat(matters.deadline(number, "RE_REVIEW_OPINION").path("overdue").asBoolean()).isTrue();
      matters.ok("reviewer", number, "re-review-opinion", Map.of("outcome", "UPHOLD", "opinion", "维持"));
      assertThat(matters.status(number)).isEqualTo("FINAL");
    }

    private String reReviewRequestedOn(String day) {
      String number = matters.replied(time.noonOf(day));
      matters.ok("clerk", number, "review-request", Map.of());
      matters.ok("reviewer", number, "review-opinion", Map.of("outcome", "UPHOLD", "opinion", "维持"));
      matters.ok("clerk", number, "re-review-request", Map.of());
      return number;
    }
  }

  @Nested
  class Windows {

    @Test
    void aReviewRequestOnTheLastDayIsTaken() {
      String number = matters.replied(time.noonOf("2026-06-01"));
      assertThat(matters.deadline(number, "REVIEW_REQUEST_WINDOW").path("due").asText()).isEqualTo("2026-07-01");
      time.noonOf("2026-07-01");
      matters.ok("clerk", number, "review-request", Map.of());
      assertThat(matters.status(number)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void theDayAfterTheReviewWindowTheMatterIsClosedAndARequestRefused() {
      String number = matters.replied(time.noonOf("2026-06-01"));
      time.startOf("2026-07-02");
      assertThat(matters.status(number)).isEqualTo("CLOSED");
      assertThat(matters.deadline(number, "REVIEW_REQUEST_WINDOW").path("expired").asBoolean()).isTrue();
      assertThat(matters.deadline(number, "EVALUATION_WINDOW").path("expired").asBoolean()).isTrue();
      var late = matters.step("clerk", number, "review-request", Map.of());
      assertThat(late.status()).as(late.toString()).isEqualTo(422);
      assertThat(late.text("article")).isEqualTo("《信访工作条例》第三十五条");
      var evaluation = matters.step("clerk", number, "evaluation", Map.of("result", "SATISFIED"));
      assertThat(evaluation.status()).isEqualTo(409);
    }

    @Test
    void theDayAfterTheReReviewWindowTheMatterIsClosedAndARequestRefused() {
      String number = matters.replied(time.noonOf("2026-05-04"));
      matters.ok("clerk", number, "review-request", Map.of());
      time.noonOf("2026-06-01");
      matters.ok("reviewer", number, "review-opinion", Map.of("outcome", "UPHOLD", "opinion", "维持"));
      assertThat(matters.deadline(number, "RE_REVIEW_REQUEST_WINDOW").path("due").asText()).isEqualTo("2026-07-01");
      time.noonOf("2026-07-01");
      assertThat(matters.status(number)).isEqualTo("REPLIED");
      time.startOf("2026-07-02");
      assertThat(matters.status(number)).isEqualTo("CLOSED");
      var late = matters.step("clerk", number, "re-review-request", Map.of());
      assertThat(late.status()).isEqualTo(422);
      assertThat(late.text("article")).isEqualTo("《信访工作条例》第三十六条");
    }

    @Test
    void aSuggestionNotEvaluatedInItsWindowIsClosedAsNotEvaluated() {
      String number = matters.register(time.noonOf("2026-06-01"));
      matters.ok("clerk", number, "dispatch", Map.of("classification", "SUGGESTION", "action", "FORWARD",
          "unit", "U-HOUSING"));
      matters.accept(number);
      matters.replyApproved(number);
      matters.deliver(number);
      time.noonOf("2026-07-01");
      assertThat(matters.status(number)).isEqualTo("REPLIED");
      time.startOf("2026-07-02");
      assertThat(matters.status(number)).isEqualTo("CLOSED");
      assertThat(matters.deadline(number, "EVALUATION_WINDOW").path("expired").asBoolean()).isTrue();
      assertThat(matters.deadline(number, "EVALUATION_WINDOW").path("met").isNull()).isTrue();
    }
  }

}
