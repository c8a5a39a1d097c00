package org.xinfangflow.compliance.hints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 依法分类智能提示 over real HTTP: the words, the petitioner's history, and an overridden strong hint. */
@IntegrationTest
class ClassificationHintIntegrationTests {

  private static final String HINTS = "/api/classification-hints";

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;

  @Autowired
  ClassificationHintIntegrationTests(Api api, Matters matters, TimeMachine time) {
    this.api = api;
    this.matters = matters;
    this.time = time;
  }

  @Nested
  class ForARegistrationForm {

    @Test
    void litigationWordsPointToThePoliticalAndLegalDepartments() {
      var hint = api.as("clerk").post(HINTS, Map.of("category", "政法", "title", "不服一审判决",
          "content", "我的借贷纠纷经区法院一审判决败诉，认为判决认定事实错误。"));
      assertThat(hint.status()).as(hint.toString()).isEqualTo(200);
      assertThat(hint.text("classification")).isEqualTo("LITIGATION");
      assertThat(hint.text("action")).isEqualTo("ROUTE_LEGAL_CHANNEL");
      assertThat(hint.text("article")).isEqualTo("《信访工作条例》第二十二条、第二十八条");
      assertThat(hint.text("reason")).contains("政法部门");
      assertThat(hint.text("strength")).isEqualTo("STRONG");
      assertThat(texts(hint.body().path("matchedKeywords"))).contains("法院", "判决");
      assertThat(hint.body().path("history").isEmpty()).isTrue();
      assertThat(hint.text("rules")).startsWith("classification-hints v");
    }

    @Test
    void arbitrationGetsItsOwnSubItemOfArticle31() {
      var hint = api.as("clerk").post(HINTS, Map.of("category", "劳动和社会保障", "title", "违法解除劳动合同",
          "content", "公司违法解除劳动合同，不给经济补偿，我想申请劳动仲裁。"));
      assertThat(hint.text("classification")).isEqualTo("CLAIM_LEGAL_CHANNEL");
      assertThat(hint.text("article")).isEqualTo("《信访工作条例》第三十一条第（二）项");
    }

    @Test
    void wordsOfNoRuleGiveAWeakClaimHint() {
      var hint = api.as("clerk").post(HINTS, Map.of("category", "其他", "title", "一件事", "content", "情况如下。"));
      assertThat(hint.text("classification")).isEqualTo("CLAIM");
      assertThat(hint.text("strength")).isEqualTo("WEAK");
      assertThat(hint.text("article")).contains("第三十一条第（六）项");
    }

    @Test
    void badInputNamesTheField() {
      var missing = api.as("clerk").post(HINTS, Map.of("category", "政法", "title", "标题"));
      assertThat(missing.status()).isEqualTo(400);
      assertThat(missing.text("field")).isEqualTo("content");
      var badId = api.as("clerk").post(HINTS, Map.of("category", "政法", "title", "标题", "content", "内容",
          "idNumber", "110101199001011230"));
      assertThat(badId.status()).isEqualTo(400);
      assertThat(badId.headers().getContentType().toString()).startsWith("application/problem+json");
      assertThat(badId.text("field")).isEqualTo("idNumber");
    }

    @Test
    void onlyClerksAsk() {
      var hint = api.as("handler").post(HINTS, Map.of("category", "政法", "title", "标题", "content", "内容"));
      assertThat(hint.status()).isEqualTo(403);
    }
  }

  @Nested
  class FromThePetitionersHistory {

    @Test
    void theSameMatterInProgressIsNotAcceptedTwice() {
      Map<String, Object> registration = matters.registration(time.noonOf("2026-03-02"));
      String number = matters.register(registration);
      var hint = api.as("clerk").post(HINTS, draftOf(registration));
      assertThat(hint.status()).as(hint.toString()).isEqualTo(200);
      assertThat(hint.text("action")).isEqualTo("NOT_ACCEPTED");
      assertThat(hint.text("article")).isEqualTo("《信访工作条例》第十九条");
      assertThat(hint.text("reason")).contains(number);
      assertThat(hint.text("strength")).isEqualTo("STRONG");
      JsonNode earlier = hint.body().path("history").get(0);
      assertThat(earlier.path("number").asText()).isEqualTo(number);
      assertThat(earlier.path("sameContent").asBoolean()).isTrue();
      assertThat(earlier.path("status").asText()).isEqualTo("REGISTERED");
    }

    @Test
    void theSameMatterFinalAfterReReviewIsNotAcceptedAgain() {
      Map<String, Object> registration = matters.registration(time.noonOf("2026-03-02"));
      String number = matters.register(registration);
      matters.dispatchToHousing(number);
      matters.accept(number);
      matters.replyApproved(number);
      matters.deliver(number);
      matters.ok("clerk", number, "review-request", Map.of());
      matters.ok("reviewer", number, "review-opinion", Map.of("outcome", "UPHOLD", "opinion", "维持"));
      matters.ok("clerk", number, "re-review-request", Map.of());
      matters.ok("reviewer", number, "re-review-opinion", Map.of("outcome", "UPHOLD", "opinion", "维持"));
      assertThat(matters.status(number)).isEqualTo("FINAL");

      var hint = api.as("clerk").post(HINTS, draftOf(registration));
      assertThat(hint.text("action")).isEqualTo("NOT_ACCEPTED");
      assertThat(hint.text("article")).isEqualTo("《信访工作条例》第三十六条");
      assertThat(hint.text("classification")).isEqualTo("CLAIM");
      assertThat(hint.text("reason")).contains(number, "复核终结");

      Map<String, Object> other = draftOf(registration);
      other.put("content", "另一件事：小区路灯不亮。" + UUID.randomUUID());
      var otherHint = api.as("clerk").post(HINTS, other);
      assertThat(otherHint.text("action")).isNotEqualTo("NOT_ACCEPTED");
      JsonNode listed = otherHint.body().path("history").get(0);
      assertThat(listed.path("sameContent").asBoolean()).isFalse();
      assertThat(listed.path("article").asText()).isEqualTo("《信访工作条例》第三十六条");
    }

    private Map<String, Object> draftOf(Map<String, Object> registration) {
      @SuppressWarnings("unchecked")
      var petitioner = (Map<String, Object>) ((List<?>) registration.get("petitioners")).get(0);
      Map<String, Object> draft = new HashMap<>();
      draft.put("category", registration.get("category"));
      draft.put("title", registration.get("title"));
      draft.put("content", registration.get("content"));
      draft.put("idNumber", petitioner.get("idNumber"));
      return draft;
    }
  }

  @Nested
  class ForARegisteredMatter {

    @Test
    void theHintReadsTheMattersWords() {
      String number = litigationMatter();
      var hint = api.as("clerk").get("/api/petitions/" + number + "/classification-hint");
      assertThat(hint.status()).as(hint.toString()).isEqualTo(200);
      assertThat(hint.text("classification")).isEqualTo("LITIGATION");
      assertThat(api.as("handler").get("/api/petitions/" + number + "/classification-hint").status()).isEqualTo(403);
      assertThat(api.as("clerk").get("/api/petitions/XF-1999-999999/classification-hint").status()).isEqualTo(404);
    }

    @Test
    void dispatchingAgainstAStrongHintIsRecordedAndAudited() {
      String number = litigationMatter();
      matters.dispatchToHousing(number);
      JsonNode timeline = matters.detail(number).body().path("timeline");
      JsonNode override = entry(timeline, "未采纳分类提示");
      assertThat(override).as(timeline.toString()).isNotNull();
      assertThat(override.path("actor").asText()).isEqualTo("clerk");
      assertThat(override.path("detail").asText()).contains("LITIGATION / ROUTE_LEGAL_CHANNEL", "第二十二条",
          "登记员选择：CLAIM / ASSIGN");
      var trail = api.as("auditor").get("/api/audit?matter=" + number);
      assertThat(trail.body().path("content").toString()).contains("未采纳分类提示");
    }

    @Test
    void followingTheHintRecordsNothing() {
      String number = litigationMatter();
      matters.ok("clerk", number, "dispatch", Map.of("classification", "LITIGATION", "action", "ROUTE_LEGAL_CHANNEL"));
      assertThat(entry(matters.detail(number).body().path("timeline"), "未采纳分类提示")).isNull();
    }

    private String litigationMatter() {
      Map<String, Object> registration = matters.registration(time.noonOf("2026-03-02"));
      registration.put("category", "政法");
      registration.put("title", "法院判决执行不到位");
      registration.put("content", "法院判决对方赔偿我医疗费，执行法官一直推脱，至今未执行。" + UUID.randomUUID());
      return matters.register(registration);
    }
  }

  private static JsonNode entry(JsonNode timeline, String kind) {
    for (JsonNode entry : timeline) {
      if (entry.path("kind").asText().equals(kind)) {
        return entry;
      }
    }
    return null;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
