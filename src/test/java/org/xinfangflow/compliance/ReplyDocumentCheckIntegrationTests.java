package org.xinfangflow.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.TimeMachine;

/** A reply missing required elements cannot be signed: 422 with the list; fixed, it signs. */
@IntegrationTest
class ReplyDocumentCheckIntegrationTests {

  @Autowired
  Matters matters;
  @Autowired
  TimeMachine time;

  @Test
  void aReviewOpinionContradictingItsOutcomeIsRefused() {
    String number = matters.replied(time.noonOf("2026-05-12"));
    matters.ok("clerk", number, "review-request", Map.of());
    var refused = matters.step("reviewer", number, "review-opinion", Map.of("outcome", "REVOKE", "opinion", "予以维持"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("field")).isEqualTo("opinion");
    assertThat(matters.status(number)).isEqualTo("UNDER_REVIEW");
    matters.ok("reviewer", number, "review-opinion", Map.of("outcome", "REVOKE", "opinion", "撤销原处理意见，责令重新办理"));
  }

  @Test
  void anIncompleteReplyIsNotSignedAndTheListSaysWhy() {
    String number = matters.register(time.noonOf("2026-05-11"));
    matters.dispatchToHousing(number);
    matters.accept(number);
    matters.ok("handler", number, "reply", Map.of("outcome", "SUPPORT", "facts", "属实", "basis", "领导同意",
        "opinion", "同意办理"));
    matters.ok("handler2", number, "reply/review", Map.of("approve", true));

    var refused = matters.step("head", number, "reply/sign", Map.of("approve", true));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("article")).contains("第三十二条");
    assertThat(refused.body().path("problems").toString()).contains("facts", "basis", "opinion", "复查");
    assertThat(matters.detail(number).body().path("openSteps").toString()).contains("REPLY_SIGN");

    matters.ok("head", number, "reply/sign", Map.of("approve", false, "comment", "要素不全，退回重拟"));
    matters.draftReply(number);
    matters.ok("handler2", number, "reply/review", Map.of("approve", true));
    matters.ok("head", number, "reply/sign", Map.of("approve", true));
  }
}
