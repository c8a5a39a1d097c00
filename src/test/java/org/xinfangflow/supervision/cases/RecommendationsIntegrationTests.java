package org.xinfangflow.supervision.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 三项建议: issued from matters in scope, answered by the addressed unit, overdue by the clock, as a PDF letter. */
@IntegrationTest
class RecommendationsIntegrationTests {

  private static final String PATH = "/api/supervision/recommendations";

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final JdbcTemplate jdbc;
  private final Environment environment;
  private final CaseFixtures fixtures;

  @Autowired
  RecommendationsIntegrationTests(Api api, Matters matters, TimeMachine time, JdbcTemplate jdbc,
      Environment environment, UserDirectory directory) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.jdbc = jdbc;
    this.environment = environment;
    this.fixtures = new CaseFixtures(api, matters, time, directory);
  }

  @BeforeEach
  void morning() {
    time.noonOf("2027-03-01");
  }

  private Map<String, Object> letter(List<String> numbers, String deadline) {
    return Map.of("kind", "IMPROVE_WORK", "unit", "U-HOUSING", "matters", numbers,
        "content", "供暖投诉集中，建议建立供热质量巡查制度。", "responseDeadline", deadline);
  }

  @Test
  void aRecommendationIsIssuedFromMattersAndEachMatterRecordsIt() {
    String first = matters.register(time.now());
    String second = matters.register(time.now());

    Api.Response issued = api.as("supervisor").post(PATH, letter(List.of(first, second), "2027-03-31"));

    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    assertThat(issued.text("status")).isEqualTo("ISSUED");
    assertThat(issued.body().path("overdue").asBoolean()).isFalse();
    assertThat(issued.text("kindLabel")).isEqualTo("改进工作建议书");
    assertThat(issued.text("letterNumber")).startsWith("督建〔2027〕");
    assertThat(issued.body().path("matters")).hasSize(2);
    for (String number : List.of(first, second)) {
      assertThat(fixtures.timelineKinds(number)).contains("三项建议");
      assertThat(fixtures.lastTimelineEntry(number).path("detail").asText()).contains("改进工作建议书", "住房和城乡建设局");
    }
  }

  @Test
  void theAddressedUnitRespondsOnceAndWhoAndWhenAreRecorded() {
    String number = matters.register(time.now());
    long id = api.as("supervisor").post(PATH, letter(List.of(number), "2027-03-31")).body().path("id").asLong();
    time.noonOf("2027-03-10");

    assertThat(api.as("handler").get(PATH).body().findValuesAsText("id")).contains(String.valueOf(id));
    assertThat(api.as("handler-edu").get(PATH + "/" + id).status()).isEqualTo(404);
    assertThat(api.as("handler-edu").post(PATH + "/" + id + "/response", Map.of("response", "无关")).status())
        .isEqualTo(404);
    Api.Response answered = api.as("head").post(PATH + "/" + id + "/response", Map.of("response", "已建立巡查制度"));

    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.text("status")).isEqualTo("RESPONDED");
    assertThat(answered.text("respondedBy")).isEqualTo("head");
    assertThat(answered.text("respondedAt")).startsWith("2027-03-10T12:00");
    assertThat(answered.text("response")).isEqualTo("已建立巡查制度");
    assertThat(fixtures.timelineKinds(number)).contains("三项建议反馈");
    Api.Response again = api.as("handler").post(PATH + "/" + id + "/response", Map.of("response", "再次反馈"));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
  }

  @Test
  void unansweredPastTheDeadlineIsOverdueByTheApplicationClock() {
    String number = matters.register(time.now());
    long id = api.as("supervisor").post(PATH, letter(List.of(number), "2027-03-05")).body().path("id").asLong();

    time.noonOf("2027-03-05");
    assertThat(api.as("supervisor").get(PATH + "/" + id).body().path("overdue").asBoolean()).isFalse();
    time.startOf("2027-03-06");
    assertThat(api.as("supervisor").get(PATH + "/" + id).body().path("overdue").asBoolean()).isTrue();
    assertThat(api.as("supervisor").get(PATH + "?overdue=true").body().findValuesAsText("id"))
        .contains(String.valueOf(id));

    Api.Response late = api.as("handler").post(PATH + "/" + id + "/response", Map.of("response", "迟到的反馈"));
    assertThat(late.body().path("overdue").asBoolean()).isFalse();
    assertThat(late.body().path("respondedLate").asBoolean()).isTrue();
    assertThat(api.as("supervisor").get(PATH + "?overdue=true").body().findValuesAsText("id"))
        .doesNotContain(String.valueOf(id));
  }

  @Test
  void aDeadlineInThePastOrAnUnknownUnitIsBadInput() {
    String number = matters.register(time.now());
    Api.Response past = api.as("supervisor").post(PATH, letter(List.of(number), "2027-02-28"));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.text("field")).isEqualTo("responseDeadline");
    Api.Response today = api.as("supervisor").post(PATH, letter(List.of(number), "2027-03-01"));
    assertThat(today.status()).as(today.toString()).isEqualTo(201);

    Map<String, Object> unknownUnit = new java.util.HashMap<>(letter(List.of(number), "2027-03-31"));
    unknownUnit.put("unit", "U-NOWHERE");
    Api.Response unknown = api.as("supervisor").post(PATH, unknownUnit);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text("field")).isEqualTo("unit");
  }

  @Test
  void aMatterOutsideTheSupervisorsScopeIsNotFoundAndNothingIsWritten() {
    String mine = matters.register(time.now());
    String elsewhere = fixtures.register("clerk-other", "LETTER", Matters.idNumber());
    long lettersBefore = count("recommendation");
    int timelineBefore = fixtures.timelineKinds(mine).size();

    Api.Response refused = api.as("supervisor").post(PATH, letter(List.of(mine, elsewhere), "2027-03-31"));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
    assertThat(count("recommendation")).isEqualTo(lettersBefore);
    assertThat(fixtures.timelineKinds(mine)).hasSize(timelineBefore);
    assertThat(api.as("supervisor").post(PATH, letter(List.of("XF-2027-999999"), "2027-03-31")).status())
        .isEqualTo(404);
  }

  @Test
  void theLetterIsAPdfInChinese() throws IOException {
    String number = matters.register(time.now());
    Api.Response issued = api.as("supervisor").post(PATH, letter(List.of(number), "2027-03-31"));
    long id = issued.body().path("id").asLong();

    var download = RestClient.builder().baseUrl("http://127.0.0.1:" + environment.getProperty("local.server.port"))
        .build().get().uri(PATH + "/" + id + "/letter").headers(h -> h.setBasicAuth("handler", "demo"))
        .exchange((request, response) -> Map.entry(response.getHeaders(), response.getBody().readAllBytes()));

    assertThat(download.getKey().getContentType().toString()).isEqualTo("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(download.getValue())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      assertThat(text).contains("改进工作建议书", issued.text("letterNumber"), "住房和城乡建设局", number,
          "建立供热质量巡查制度", "2027年3月31日", "市信访局");
    }
    assertThat(api.as("handler-edu").get(PATH + "/" + id + "/letter").status()).isEqualTo(404);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
