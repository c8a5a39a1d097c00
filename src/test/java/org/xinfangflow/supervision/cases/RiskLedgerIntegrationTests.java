package org.xinfangflow.supervision.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 风险台账: grades with history and review dates, and the petitioner's matters, repeats, visits and 越级访. */
@IntegrationTest
class RiskLedgerIntegrationTests {

  private static final String PATH = "/api/supervision/risks";

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final JdbcTemplate jdbc;
  private final CaseFixtures fixtures;

  @Autowired
  RiskLedgerIntegrationTests(Api api, Matters matters, TimeMachine time, JdbcTemplate jdbc, UserDirectory directory) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.jdbc = jdbc;
    this.fixtures = new CaseFixtures(api, matters, time, directory);
  }

  @BeforeEach
  void morning() {
    time.noonOf("2027-06-01");
  }

  private Api.Response grade(String idNumber, String level, String reviewDate) {
    return api.as("supervisor").put(PATH, Map.of("idNumber", idNumber, "level", level,
        "reasons", "多次赴省进京上访", "reviewDate", reviewDate));
  }

  private Api.Response lookup(String idNumber) {
    return api.as("supervisor").post(PATH + "/lookup", Map.of("idNumber", idNumber));
  }

  @Test
  void aGradeIsKeptByHashAndMaskedNeverInClear() {
    String id = Matters.idNumber();
    fixtures.register("clerk", "LETTER", id);

    Api.Response graded = grade(id, "HIGH", "2027-09-01");

    assertThat(graded.status()).as(graded.toString()).isEqualTo(200);
    assertThat(graded.text("idNumber")).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
    JsonNode grade = graded.body().path("grades").get(0);
    assertThat(grade.path("level").asText()).isEqualTo("HIGH");
    assertThat(grade.path("dueForReview").asBoolean()).isFalse();
    assertThat(grade.path("gradedBy").asText()).isEqualTo("supervisor");
    List<Map<String, Object>> rows = jdbc.queryForList("select * from risk_petitioner");
    assertThat(rows.toString()).doesNotContain(id);
    List<Map<String, Object>> history = jdbc.queryForList("select * from risk_grade");
    assertThat(history.toString()).doesNotContain(id);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = '风险等级评定' and detail like ?",
        Long.class, "%" + id.substring(14) + "%")).isPositive();
  }

  @Test
  void regradingKeepsTheHistory() {
    String id = Matters.idNumber();
    fixtures.register("clerk", "LETTER", id);
    grade(id, "LOW", "2027-09-01");
    time.noonOf("2027-06-15");

    Api.Response regraded = grade(id, "HIGH", "2027-07-01");

    JsonNode grade = regraded.body().path("grades").get(0);
    assertThat(regraded.body().path("grades")).hasSize(1);
    assertThat(grade.path("level").asText()).isEqualTo("HIGH");
    assertThat(grade.path("reviewDate").asText()).isEqualTo("2027-07-01");
    assertThat(grade.path("history").findValuesAsText("level")).containsExactly("LOW", "HIGH");
    assertThat(api.as("supervisor").get(PATH + "?level=HIGH").body().findValuesAsText("id"))
        .contains(grade.path("id").asText());
    assertThat(api.as("supervisor").get(PATH + "?level=LOW").body().findValuesAsText("id"))
        .doesNotContain(grade.path("id").asText());
  }

  @Test
  void aGradePastItsReviewDateIsDueForReview() {
    String id = Matters.idNumber();
    fixtures.register("clerk", "LETTER", id);
    String entry = grade(id, "MEDIUM", "2027-06-10").body().path("grades").get(0).path("id").asText();

    time.noonOf("2027-06-10");
    assertThat(lookup(id).body().path("grades").get(0).path("dueForReview").asBoolean()).isFalse();
    assertThat(api.as("supervisor").get(PATH + "?dueForReview=true").body().findValuesAsText("id"))
        .doesNotContain(entry);

    time.startOf("2027-06-11");
    assertThat(lookup(id).body().path("grades").get(0).path("dueForReview").asBoolean()).isTrue();
    assertThat(api.as("supervisor").get(PATH + "?dueForReview=true").body().findValuesAsText("id")).contains(entry);
  }

  @Test
  void aReviewDateInThePastIsBadInputAndAnUnknownPetitionerIsNotFound() {
    String id = Matters.idNumber();
    fixtures.register("clerk", "LETTER", id);
    Api.Response past = grade(id, "HIGH", "2027-05-31");
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.text("field")).isEqualTo("reviewDate");

    String stranger = Matters.idNumber();
    assertThat(grade(stranger, "HIGH", "2027-09-01").status()).isEqualTo(404);
    assertThat(lookup(stranger).status()).isEqualTo(404);
    // a petitioner known only to another bureau is not the supervisor's to grade
    String elsewhere = Matters.idNumber();
    fixtures.register("clerk-other", "LETTER", elsewhere);
    assertThat(grade(elsewhere, "HIGH", "2027-09-01").status()).isEqualTo(404);
  }

  @Test
  void visitsTwoLevelsUpAreLevelSkippingAndRepeatsAreCounted() {
    String id = Matters.idNumber();
    Map<String, Object> first = matters.registration(time.now());
    first.put("petitioners", List.of(Matters.petitioner(id)));
    String original = matters.register(first);
    String repeat = matters.register(first);                            // same person, same content: a repeat
    String countyVisit = fixtures.register("clerk", "VISIT", id);        // bureau 110101, matter 110101
    String cityVisit = fixtures.register("clerk-city", "VISIT", id);     // 110100: one level up
    String provinceVisit = fixtures.register("clerk-province", "VISIT", id); // 110000: two levels up
    String provinceLetter = fixtures.register("clerk-province", "LETTER", id);

    Api.Response risk = lookup(id);

    assertThat(risk.status()).as(risk.toString()).isEqualTo(200);
    assertThat(risk.body().path("matters").asLong()).isEqualTo(6);
    assertThat(risk.body().path("repeatMatters").asLong()).isEqualTo(1);
    assertThat(risk.body().path("visits").asLong()).isEqualTo(3);
    assertThat(risk.body().path("levelSkippingVisits").asLong()).isEqualTo(1);
    assertThat(risk.body().path("levelSkippingThreshold").asInt()).isEqualTo(2);
    // numbers only of the matters the supervisor may see
    assertThat(texts(risk.body().path("visibleMatters"))).containsExactly(original, repeat, countyVisit);
    assertThat(texts(risk.body().path("visibleMatters"))).doesNotContain(cityVisit, provinceVisit, provinceLetter);
    assertThat(risk.body().path("grades")).isEmpty();
    assertThat(matters.detail(repeat).text("repeatOf")).isEqualTo(original);
  }

  @Test
  void fromAMatterToItsPetitionersRisk() {
    String id = Matters.idNumber();
    String number = fixtures.register("clerk", "VISIT", id);
    fixtures.register("clerk-province", "VISIT", id);
    grade(id, "HIGH", "2027-09-01");

    Api.Response risk = api.as("supervisor").get("/api/petitions/" + number + "/petitioner-risk");

    assertThat(risk.status()).as(risk.toString()).isEqualTo(200);
    assertThat(risk.body()).hasSize(1);
    JsonNode petitioner = risk.body().get(0);
    assertThat(petitioner.path("idNumber").asText()).doesNotContain(id.substring(6, 14));
    assertThat(petitioner.path("grades").get(0).path("level").asText()).isEqualTo("HIGH");
    assertThat(petitioner.path("visits").asLong()).isEqualTo(2);
    assertThat(petitioner.path("levelSkippingVisits").asLong()).isEqualTo(1);
    assertThat(risk.toString()).doesNotContain(id);

    String elsewhere = fixtures.register("clerk-other", "VISIT", Matters.idNumber());
    assertThat(api.as("supervisor").get("/api/petitions/" + elsewhere + "/petitioner-risk").status()).isEqualTo(404);
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new java.util.ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
