package org.xinfangflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** A matter from 交办 to 复核 over real HTTP: each document issued, listed, downloaded, read back, reproduced. */
@IntegrationTest
class DocumentIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final Environment environment;
  private final DocumentService documents;
  private final IssuedDocumentRepository issued;

  @Autowired
  DocumentIntegrationTests(Api api, Matters matters, TimeMachine time, Environment environment,
      DocumentService documents, IssuedDocumentRepository issued) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.environment = environment;
    this.documents = documents;
    this.issued = issued;
  }

  record Download(int status, HttpHeaders headers, byte[] body) {
  }

  @Test
  void everyStepThatOwesADocumentIssuesOneThatReadsRightAndRendersAgainByteForByte() throws IOException {
    time.noonOf("2026-03-02");
    String number = matters.register(time.now());
    time.noonOf("2026-03-03");
    matters.dispatchToHousing(number);
    time.noonOf("2026-03-05");
    matters.accept(number);
    time.noonOf("2026-04-20");
    matters.ok("head", number, "extension", Map.of("days", 10, "reason", "需要现场核查"));
    time.noonOf("2026-05-10");
    matters.replyApproved(number);
    matters.deliver(number);
    time.noonOf("2026-05-12");
    matters.ok("clerk", number, "review-request", Map.of());
    time.noonOf("2026-06-01");
    matters.ok("reviewer", number, "review-opinion", Map.of("outcome", "UPHOLD", "opinion", "原处理意见认定事实清楚，予以维持"));
    time.noonOf("2026-06-10");
    matters.ok("clerk", number, "re-review-request", Map.of());
    time.noonOf("2026-07-01");
    matters.ok("reviewer", number, "re-review-opinion", Map.of("outcome", "UPHOLD", "opinion", "复查意见正确，予以维持"));

    Api.Response list = api.as("handler").get("/api/petitions/" + number + "/documents");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    Map<String, JsonNode> byKind = new LinkedHashMap<>();
    list.body().forEach(doc -> byKind.put(doc.path("kind").asText(), doc));
    assertThat(byKind.keySet()).containsExactly("ASSIGN_FORM", "ACCEPTANCE_NOTICE", "EXTENSION_NOTICE", "REPLY",
        "REVIEW_OPINION", "RE_REVIEW_OPINION");

    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("ASSIGN_FORM", List.of("信访事项交办单", "住房和城乡建设局：", "第二十二条", "2026年3月3日"));
    expected.put("ACCEPTANCE_NOTICE", List.of("受理告知书", "决定予以受理", "第二十三条", "2026年3月2日",
        "2026年3月5日"));
    expected.put("EXTENSION_NOTICE", List.of("延期告知书", "延长10日", "2026年5月18日", "需要现场核查", "第三十四条",
        "2026年4月20日"));
    expected.put("REPLY", List.of("信访事项处理意见书", "室温低于16度的情况属实", "《城镇供热管理条例》第十二条", "处理意见为：支持",
        "责令供热单位七日内整改", "30日内", "请求复查", "第三十五条", "2026年5月10日"));
    expected.put("REVIEW_OPINION", List.of("复查意见书", "维持原处理意见", "原处理意见认定事实清楚", "2026年5月12日",
        "请求复核", "第三十六条", "2026年6月1日"));
    expected.put("RE_REVIEW_OPINION", List.of("复核意见书", "复查意见正确", "不再受理", "2026年6月10日", "2026年7月1日"));

    for (var entry : expected.entrySet()) {
      JsonNode doc = byKind.get(entry.getKey());
      String docNumber = doc.path("number").asText();
      assertThat(docNumber).startsWith(number + "-").endsWith("-01");
      Download download = download("handler", number, doc.path("id").asText());
      assertThat(download.status()).as(entry.getKey()).isEqualTo(200);
      assertThat(download.headers().getContentType().toString()).isEqualTo("application/pdf");
      String checksum = DocumentService.sha256(download.body());
      assertThat(download.headers().getFirst("X-Checksum-SHA256")).isEqualTo(checksum);
      assertThat(doc.path("sha256").asText()).isEqualTo(checksum);

      try (PDDocument pdf = Loader.loadPDF(download.body())) {
        String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        assertThat(text).as(entry.getKey()).contains(docNumber, number, "测试信访人", "小区供暖不达标");
        for (String phrase : entry.getValue()) {
          assertThat(text).as(entry.getKey()).contains(phrase);
        }
        assertThat(text).as("no ID number in a document").doesNotContainPattern("\\d{17}[\\dX]");
        PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
        assertThat(font.getName()).as("an embedded subset").matches("[A-Z]{6}\\+NotoSansSC.*");
      }

      IssuedDocument stored = issued.findById(doc.path("id").asText()).orElseThrow();
      byte[] again = documents.rerender(stored);
      byte[] thirdTime = documents.rerender(stored);
      assertThat(DocumentService.sha256(again)).as("rendered again from stored data").isEqualTo(checksum);
      assertThat(thirdTime).isEqualTo(again);
    }
  }

  @Test
  void aNonAcceptanceAfterAForwardIssuesTheFormAndTheNoticeWithTheReason() throws IOException {
    time.noonOf("2026-03-02");
    String number = matters.register(time.now());
    matters.ok("clerk", number, "dispatch", Map.of("classification", "CLAIM", "action", "FORWARD", "unit", "U-HOUSING"));
    matters.ok("handler", number, "acceptance", Map.of("decision", "NOT_ACCEPT", "reason", "该事项已进入诉讼程序"));
    List<String> kinds = new ArrayList<>();
    JsonNode list = api.as("supervisor").get("/api/petitions/" + number + "/documents").body();
    list.forEach(doc -> kinds.add(doc.path("kind").asText()));
    assertThat(kinds).containsExactly("FORWARD_FORM", "NON_ACCEPTANCE_NOTICE");
    Download notice = download("supervisor", number, list.get(1).path("id").asText());
    try (PDDocument pdf = Loader.loadPDF(notice.body())) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
          .contains("不予受理告知书", "决定不予受理", "该事项已进入诉讼程序", "2026年3月2日", number + "-不予受理-01");
    }
  }

  @Test
  void documentsAreScopedLikeTheMatterAndAuditorsSeeOnlyTheList() {
    time.noonOf("2026-03-02");
    String number = matters.register(time.now());
    matters.dispatchToHousing(number);
    matters.accept(number);
    JsonNode list = api.as("handler").get("/api/petitions/" + number + "/documents").body();
    assertThat(list.size()).isEqualTo(2);
    String id = list.get(1).path("id").asText();

    assertThat(api.as("handler-edu").get("/api/petitions/" + number + "/documents").status()).isEqualTo(404);
    assertThat(download("handler-edu", number, id).status()).isEqualTo(404);

    assertThat(api.as("auditor").get("/api/petitions/" + number + "/documents").status()).isEqualTo(200);
    assertThat(download("auditor", number, id).status()).isEqualTo(403);

    assertThat(download("handler", number, "00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    String other = matters.register(time.now());
    assertThat(download("handler", other, id).status()).as("a document only under its own matter").isEqualTo(404);
  }

  private Download download(String user, String number, String id) {
    return RestClient.builder().baseUrl("http://127.0.0.1:" + environment.getProperty("local.server.port")).build()
        .get().uri("/api/petitions/" + number + "/documents/" + id)
        .headers(h -> h.setBasicAuth(user, "demo"))
        .exchange((request, response) -> new Download(response.getStatusCode().value(), response.getHeaders(),
            response.getBody().readAllBytes()));
  }
}
