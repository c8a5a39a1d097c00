package org.xinfangflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * The supervisor's overdue and warning pages (API.md) over every running clock: the unit, the step open
 * now, days late or left, urgency order, scope. The clock is moved explicitly.
 */
@IntegrationTest
class AlertsIntegrationTests {

  @Autowired
  Api api;
  @Autowired
  Matters matters;
  @Autowired
  TimeMachine time;
  @Autowired
  UserDirectory directory;

  Jurisdiction county;

  @BeforeEach
  void county() {
    county = Jurisdiction.create(directory, api, matters);
  }

  @Test
  void aClockShowsAsAWarningBeforeItsLastDayAndAsOverdueAfter() {
    String number = county.dispatched(time.noonOf("2026-05-04"));
    LocalDate due = LocalDate.parse(matters.deadline(number, "ACCEPTANCE_NOTICE").path("due").asText());
    String overdue = "/api/supervision/overdue?unit=" + county.unit();

    time.noonOf(due.minusDays(2).toString());
    List<JsonNode> warnings = county.rowsOf(number, county.supervisor(), "/api/supervision/warnings?withinDays=3&unit="
        + county.unit());
    assertThat(warnings).hasSize(1);
    JsonNode warning = warnings.get(0);
    assertThat(warning.path("step").asText()).isEqualTo("ACCEPTANCE_NOTICE");
    assertThat(warning.path("node").asText()).isEqualTo("ACCEPTANCE");
    assertThat(warning.path("nodeLabel").asText()).isEqualTo("受理审查");
    assertThat(warning.path("unit").asText()).isEqualTo(county.unit());
    assertThat(warning.path("daysLeft").asInt()).isEqualTo(2);
    assertThat(warning.path("clock").asText()).isEqualTo("STATUTORY");
    assertThat(warning.path("article").asText()).isEqualTo("《信访工作条例》第二十三条");
    assertThat(county.rowsOf(number, county.supervisor(), "/api/supervision/warnings?withinDays=1&unit="
        + county.unit())).as("two days left is not within one").isEmpty();
    assertThat(county.rowsOf(number, county.supervisor(), overdue)).isEmpty();

    time.startOf(due.plusDays(2).toString());
    List<JsonNode> late = county.rowsOf(number, county.supervisor(), overdue);
    assertThat(late).hasSize(1);
    assertThat(late.get(0).path("daysLate").asInt()).isEqualTo(2);
    assertThat(late.get(0).path("due").asText()).isEqualTo(due.toString());
    assertThat(late.get(0).path("clock").asText()).isEqualTo("STATUTORY");
    assertThat(county.rowsOf(number, county.supervisor(), "/api/supervision/warnings?withinDays=3&unit="
        + county.unit())).isEmpty();

    county.accept(number, java.util.Map.of("decision", "ACCEPT"));
    assertThat(county.rowsOf(number, county.supervisor(), overdue)).as("met late: no longer running").isEmpty();
  }

  @Test
  void theMostOverdueComesFirstAndOnlyInTheSupervisorsScope() {
    String older = county.dispatched(time.noonOf("2026-06-01"));
    String newer = county.dispatched(time.noonOf("2026-06-03"));
    time.noonOf("2026-07-20");

    List<String> order = county.rows(county.supervisor(), "/api/supervision/overdue?unit=" + county.unit()).stream()
        .map(row -> row.path("number").asText()).toList();
    assertThat(order).containsSubsequence(older, newer);
    Api.Response firstOfTwo = api.as(county.supervisor()).get("/api/supervision/overdue?size=1&unit=" + county.unit());
    assertThat(firstOfTwo.body().path("content").size()).isEqualTo(1);
    assertThat(firstOfTwo.body().path("totalElements").asLong()).isEqualTo(order.size());
    assertThat(firstOfTwo.body().path("totalCapped").asBoolean()).isFalse();
    assertThat(county.rowsOf(older, "supervisor", "/api/supervision/overdue")).as("the city sees its counties")
        .isNotEmpty();

    Jurisdiction other = Jurisdiction.create(directory, api, matters);
    assertThat(other.rowsOf(older, other.supervisor(), "/api/supervision/overdue")).as("another county").isEmpty();
    assertThat(api.as(county.handler()).get("/api/supervision/overdue").status()).isEqualTo(403);
  }

  @Test
  void theBureausOwnClocksAreItsOwn() {
    String number = county.register(time.noonOf("2026-08-03"));
    LocalDate due = LocalDate.parse(matters.deadline(number, "DISPOSE").path("due").asText());
    time.startOf(due.plusDays(1).toString());

    List<JsonNode> rows = county.rowsOf(number, county.supervisor(), "/api/supervision/overdue?unit="
        + county.bureau());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).path("step").asText()).isEqualTo("DISPOSE");
    assertThat(rows.get(0).path("nodeLabel").asText()).isEqualTo("依法分类处理");
    assertThat(rows.get(0).path("daysLate").asInt()).isEqualTo(1);
  }

  @Test
  void badParametersNameTheField() {
    Api.Response response = api.as(county.supervisor()).get("/api/supervision/warnings?withinDays=-1");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.toString()).contains("withinDays");
    assertThat(api.as(county.supervisor()).get("/api/supervision/overdue?size=0").status()).isEqualTo(400);
  }
}
