package org.xinfangflow.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 双审双签, 答复预审 and 送达: any rejection returns the reply to the drafter; the drafter cannot review. */
@IntegrationTest
class ReplyIntegrationTests {

  private final Matters matters;
  private final TimeMachine time;

  @Autowired
  ReplyIntegrationTests(Matters matters, TimeMachine time) {
    this.matters = matters;
    this.time = time;
  }

  @ParameterizedTest(name = "{1} by {0} returns the reply to the drafter")
  @CsvSource({"handler2, reply/review", "head, reply/sign", "reviewer, reply/precheck"})
  void aRejectionAtAnyReviewReturnsTheReplyToTheDrafter(String user, String step) {
    String number = accepted();
    matters.draftReply(number);
    if (!step.equals("reply/review")) {
      matters.ok("handler2", number, "reply/review", Map.of("approve", true));
    }
    if (step.equals("reply/precheck")) {
      matters.ok("head", number, "reply/sign", Map.of("approve", true));
    }
    var noComment = matters.step(user, number, step, Map.of("approve", false));
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.text("field")).isEqualTo("comment");
    matters.ok(user, number, step, Map.of("approve", false, "comment", "事实部分需补充证据"));
    assertThat(matters.detail(number).body().path("openSteps").toString()).contains("REPLY_DRAFT");
    matters.replyApproved(number);
    matters.deliver(number);
    assertThat(matters.status(number)).isEqualTo("REPLIED");
  }

  @Test
  void theDrafterMayNotReviewTheirOwnReply() {
    String number = accepted();
    matters.draftReply(number);
    var own = matters.step("handler", number, "reply/review", Map.of("approve", true));
    assertThat(own.status()).isEqualTo(403);
    assertThat(matters.detail(number).body().path("openSteps").toString()).contains("REPLY_REVIEW");
  }

  @Test
  void aReplyWithoutItsStatutoryElementsIsBadInput() {
    String number = accepted();
    var missing = matters.step("handler", number, "reply", Map.of("outcome", "SUPPORT", "facts", "经查属实"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().path("errors").toString()).contains("basis", "opinion");
    var unknownOutcome = matters.step("handler", number, "reply",
        Map.of("outcome", "MAYBE", "facts", "f", "basis", "b", "opinion", "o"));
    assertThat(unknownOutcome.status()).isEqualTo(400);
    assertThat(unknownOutcome.text("field")).isEqualTo("outcome");
  }

  @Test
  void aSuggestionIsEvaluatedAndClosedWithoutAReviewWindow() {
    String number = matters.register(time.noonOf("2026-04-01"));
    matters.ok("clerk", number, "dispatch", Map.of("classification", "SUGGESTION", "action", "FORWARD",
        "unit", "U-HOUSING"));
    matters.accept(number);
    matters.replyApproved(number);
    matters.deliver(number);
    assertThat(matters.detail(number).body().path("openSteps").toString()).contains("EVALUATION")
        .doesNotContain("REVIEW_REQUEST");
    matters.ok("clerk", number, "evaluation", Map.of("result", "SATISFIED"));
    assertThat(matters.status(number)).isEqualTo("CLOSED");
  }

  private String accepted() {
    String number = matters.register(time.noonOf("2026-04-01"));
    matters.dispatchToHousing(number);
    matters.accept(number);
    return number;
  }
}
