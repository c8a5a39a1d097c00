package org.xinfangflow.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * Every detecting rule of the default set (DOMAIN.md §4): a matter that breaks it gets the finding,
 * with the unit, the article and the evidence; one that does not, does not. Findings put right resolve
 * themselves. The clock is moved explicitly.
 */
@IntegrationTest
class ComplianceRulesIntegrationTests {

  @Autowired
  Api api;
  @Autowired
  Matters matters;
  @Autowired
  TimeMachine time;

  @Nested
  class Clocks {

    @Test
    void disposeOverdueOpensAndResolvesWhenDispatched() {
      String late = matters.register(time.noonOf("2026-03-02"));
      String prompt = matters.register(time.now());
      matters.dispatchToHousing(prompt);
      String due = matters.deadline(late, "DISPOSE").path("due").asText();
      time.startOf(java.time.LocalDate.parse(due).plusDays(1).toString());

      JsonNode finding = only(late, "DISPOSE_OVERDUE");
      assertThat(finding.path("status").asText()).isEqualTo("OPEN");
      assertThat(finding.path("family").asText()).isEqualTo("SHOULD_HANDLE");
      assertThat(finding.path("article").asText()).isEqualTo("《信访工作条例》第二十二条");
      assertThat(finding.path("evidence").asText()).contains(due, "逾期");
      assertThat(finding.path("unit").asText()).as("before dispatch the bureau is responsible").isEqualTo("BUREAU");
      assertThat(codes(prompt)).doesNotContain("DISPOSE_OVERDUE");

      matters.dispatchToHousing(late);
      assertThat(only(late, "DISPOSE_OVERDUE").path("status").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void anAcceptanceNoticeNotGivenInTimeIsFoundAgainstTheUnit() {
      String late = matters.register(time.noonOf("2026-03-09"));
      matters.dispatchToHousing(late);
      String prompt = matters.register(time.now());
      matters.dispatchToHousing(prompt);
      matters.accept(prompt);
      String due = matters.deadline(late, "ACCEPTANCE_NOTICE").path("due").asText();
      time.startOf(java.time.LocalDate.parse(due).plusDays(1).toString());

      JsonNode finding = only(late, "ACCEPTANCE_NOTICE_LATE");
      assertThat(finding.path("unit").asText()).isEqualTo("U-HOUSING");
      assertThat(finding.path("family").asText()).isEqualTo("SHOULD_ACCEPT");
      assertThat(codes(prompt)).doesNotContain("ACCEPTANCE_NOTICE_LATE");
      matters.accept(late);
      assertThat(only(late, "ACCEPTANCE_NOTICE_LATE").path("status").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void handlingPastItsLimitIsFound() {
      String late = matters.register(time.noonOf("2026-04-01"));
      matters.dispatchToHousing(late);
      matters.accept(late);
      String onTime = matters.replied(time.now());
      String due = matters.deadline(late, "HANDLING").path("due").asText();
      time.startOf(java.time.LocalDate.parse(due).plusDays(1).toString());

      assertThat(only(late, "HANDLING_OVERDUE").path("severity").asText()).isEqualTo("HIGH");
      assertThat(codes(onTime)).doesNotContain("HANDLING_OVERDUE");
    }

    @Test
    void lateReviewAndReReviewOpinionsAreFound() {
      String review = matters.replied(time.noonOf("2026-05-04"));
      matters.ok("clerk", review, "review-request", Map.of());
      String reReview = matters.replied(time.now());
      matters.ok("clerk", reReview, "review-request", Map.of());
      matters.ok("reviewer", reReview, "review-opinion", Map.of("outcome", "UPHOLD", "opinion", "维持"));
      matters.ok("clerk", reReview, "re-review-request", Map.of());
      String answered = matters.replied(time.now());
      matters.ok("clerk", answered, "review-request", Map.of());
      matters.ok("reviewer", answered, "review-opinion", Map.of("outcome", "UPHOLD", "opinion", "维持"));

      time.startOf(java.time.LocalDate.parse(matters.deadline(reReview, "RE_REVIEW_OPINION").path("due").asText())
          .plusDays(1).toString());
      assertThat(only(review, "REVIEW_OPINION_LATE").path("family").asText()).isEqualTo("SHOULD_ANSWER");
      assertThat(only(reReview, "RE_REVIEW_OPINION_LATE").path("article").asText()).contains("第三十六条");
      assertThat(codes(answered)).doesNotContain("REVIEW_OPINION_LATE", "RE_REVIEW_OPINION_LATE");
    }

    @Test
    void anEvaluationWindowThatClosesUnusedIsFoundAndStaysOpen() {
      String unevaluated = matters.replied(time.noonOf("2026-06-01"));
      String evaluated = matters.replied(time.now());
      matters.ok("clerk", evaluated, "evaluation", Map.of("result", "SATISFIED"));
      time.startOf(java.time.LocalDate.parse(matters.deadline(unevaluated, "EVALUATION_WINDOW").path("due").asText())
          .plusDays(1).toString());

      assertThat(only(unevaluated, "EVALUATION_NOT_OBTAINED").path("status").asText()).isEqualTo("OPEN");
      assertThat(codes(evaluated)).doesNotContain("EVALUATION_NOT_OBTAINED");
    }
  }

  @Nested
  class Logic {

    @Test
    void aRefusalWithoutALawfulReasonIsFound() {
      String bare = matters.register(time.noonOf("2026-07-01"));
      matters.dispatchToHousing(bare);
      matters.ok("handler", bare, "acceptance", Map.of("decision", "NOT_ACCEPT", "reason", "工作太忙，暂不处理"));
      String lawful = matters.register(time.now());
      matters.dispatchToHousing(lawful);
      matters.ok("handler", lawful, "acceptance", Map.of("decision", "NOT_ACCEPT",
          "reason", "该事项已经依法通过诉讼途径解决，依照《信访工作条例》第三十一条不予受理"));

      JsonNode finding = only(bare, "NON_ACCEPTANCE_WITHOUT_REASON");
      assertThat(finding.path("evidence").asText()).contains("工作太忙");
      assertThat(codes(lawful)).doesNotContain("NON_ACCEPTANCE_WITHOUT_REASON");
    }

    @Test
    void aLegalChannelMatterKeptInThePetitionProcedureIsFound() {
      Map<String, Object> labour = matters.registration(time.noonOf("2026-07-02"));
      labour.put("category", "劳动争议仲裁");
      String kept = matters.register(labour);
      matters.dispatchToHousing(kept);
      String ordinary = matters.register(time.now());
      matters.dispatchToHousing(ordinary);

      assertThat(only(kept, "LEGAL_CHANNEL_KEPT").path("family").asText()).isEqualTo("SHOULD_ROUTE");
      assertThat(codes(ordinary)).doesNotContain("LEGAL_CHANNEL_KEPT");

      Map<String, Object> routed = matters.registration(time.now());
      routed.put("category", "劳动争议仲裁");
      String rightly = matters.register(routed);
      matters.ok("clerk", rightly, "dispatch", Map.of("classification", "CLAIM_LEGAL_CHANNEL",
          "action", "ROUTE_LEGAL_CHANNEL"));
      assertThat(codes(rightly)).doesNotContain("LEGAL_CHANNEL_KEPT");
    }

    @Test
    void acceptingTheSameGrievanceWhileTheFirstIsHandledIsFound() {
      String person = Matters.idNumber();
      Map<String, Object> first = matters.registration(time.noonOf("2026-07-03"));
      first.put("petitioners", List.of(Matters.petitioner(person)));
      String original = matters.register(first);
      matters.dispatchToHousing(original);
      matters.accept(original);

      Map<String, Object> again = matters.registration(time.now());
      again.put("petitioners", List.of(Matters.petitioner(person)));
      again.put("content", "供暖问题仍未解决，换个说法再反映一次");
      String second = matters.register(again);
      matters.dispatchToHousing(second);
      assertThat(codes(second)).doesNotContain("ACCEPTED_WHILE_IN_PROGRESS");
      matters.accept(second);

      JsonNode finding = only(second, "ACCEPTED_WHILE_IN_PROGRESS");
      assertThat(finding.path("evidence").asText()).contains(original);
      assertThat(finding.path("family").asText()).isEqualTo("SHOULD_NOT_ACCEPT");

      Map<String, Object> other = matters.registration(time.now());
      other.put("petitioners", List.of(Matters.petitioner(person)));
      other.put("category", "教育");
      String unrelated = matters.register(other);
      matters.dispatchToHousing(unrelated);
      matters.accept(unrelated);
      assertThat(codes(unrelated)).doesNotContain("ACCEPTED_WHILE_IN_PROGRESS", "ACCEPTED_AFTER_FINALITY");
    }

    @Test
    void acceptingAgainAfterFinalityIsFound() {
      String person = Matters.idNumber();
      Map<String, Object> first = matters.registration(time.noonOf("2026-07-06"));
      first.put("petitioners", List.of(Matters.petitioner(person)));
      String closed = matters.register(first);
      matters.dispatchToHousing(closed);
      matters.accept(closed);
      matters.replyApproved(closed);
      matters.deliver(closed);
      matters.ok("clerk", closed, "review-request", Map.of());
      matters.ok("reviewer", closed, "review-opinion", Map.of("outcome", "UPHOLD", "opinion", "维持"));
      matters.ok("clerk", closed, "re-review-request", Map.of());
      matters.ok("reviewer", closed, "re-review-opinion", Map.of("outcome", "UPHOLD", "opinion", "维持"));
      assertThat(matters.status(closed)).isEqualTo("FINAL");

      Map<String, Object> again = matters.registration(time.now());
      again.put("petitioners", List.of(Matters.petitioner(person)));
      again.put("content", "对复核结论不服，就供暖问题再次反映");
      String reopened = matters.register(again);
      matters.dispatchToHousing(reopened);
      matters.accept(reopened);

      assertThat(only(reopened, "ACCEPTED_AFTER_FINALITY").path("evidence").asText()).contains(closed);
    }
  }

  private List<String> codes(String number) {
    List<String> codes = new ArrayList<>();
    matters.detail(number).body().path("findings").forEach(f -> codes.add(f.path("rule").asText()));
    return codes;
  }

  private JsonNode only(String number, String rule) {
    List<JsonNode> found = new ArrayList<>();
    matters.detail(number).body().path("findings").forEach(f -> {
      if (f.path("rule").asText().equals(rule)) {
        found.add(f);
      }
    });
    assertThat(found).as(rule + " on " + number + ": " + codes(number)).hasSize(1);
    return found.get(0);
  }
}
