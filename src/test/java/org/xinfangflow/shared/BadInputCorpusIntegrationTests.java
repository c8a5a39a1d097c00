package org.xinfangflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;

/**
 * A corpus of bad requests generated over every writing endpoint and each of its fields: missing,
 * wrong type, unknown enum value, one character too long, malformed and impossible dates, unknown
 * fields, malformed JSON. Each must be a 400 problem naming the field, and leave the database as it was.
 */
@IntegrationTest
class BadInputCorpusIntegrationTests {

  private static final String MATTER = "/api/petitions/XF-2026-999999/";
  private static final List<String> TABLES = List.of("petition", "petitioner", "petition_event", "petition_deadline",
      "reply", "handling_extension", "evaluation", "review_case", "hearing", "audit_entry", "app_user", "org_unit",
      "policy_profile", "policy_target", "unit_hook", "urging", "notification", "outbound_message",
      "bulletin", "bulletin_problem", "bulletin_item", "rectification_step",
      "recommendation", "recommendation_matter", "sponsorship", "reception_day", "reception_matter", "risk_petitioner",
      "risk_grade", "report_export");

  private final Api api;
  private final JdbcTemplate jdbc;
  private final UserDirectory directory;
  private final String exportsDir;

  @Autowired
  BadInputCorpusIntegrationTests(Api api, JdbcTemplate jdbc, UserDirectory directory,
      @Value("${xinfang.reports.exports-dir}") String exportsDir) {
    this.api = api;
    this.jdbc = jdbc;
    this.directory = directory;
    this.exportsDir = exportsDir;
  }

  /** An endpoint: who calls it, a valid body, and the kind of each field. */
  record Endpoint(String user, String method, String path, Map<String, Object> valid, Map<String, Kind> fields) {
  }

  enum Kind { REQUIRED_TEXT, TEXT, ENUM, REQUIRED_ENUM, INT, DATE_TIME, DATE, BOOLEAN }

  static List<Endpoint> endpoints() {
    Map<String, Object> petitioner = new LinkedHashMap<>(Matters.petitioner("11010519491231002X"));
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("channel", "LETTER");
    registration.put("receivedAt", "2026-01-05T09:30:00+08:00");
    registration.put("petitioners", List.of(petitioner));
    registration.put("headcount", 1);
    registration.put("title", "标题");
    registration.put("content", "内容");
    registration.put("category", "类别");
    registration.put("regionCode", "110101");
    return List.of(
        new Endpoint("clerk", "POST", "/api/petitions", registration, fields(
            "channel", Kind.REQUIRED_ENUM, "receivedAt", Kind.DATE_TIME, "headcount", Kind.INT,
            "title", Kind.REQUIRED_TEXT, "content", Kind.REQUIRED_TEXT, "category", Kind.REQUIRED_TEXT,
            "regionCode", Kind.REQUIRED_TEXT, "targetUnit", Kind.TEXT)),
        new Endpoint("clerk", "POST", "/api/classification-hints",
            Map.of("category", "政法", "title", "标题", "content", "不服法院判决"),
            fields("category", Kind.REQUIRED_TEXT, "title", Kind.REQUIRED_TEXT, "content", Kind.REQUIRED_TEXT,
                "idNumber", Kind.TEXT)),
        new Endpoint("clerk", "POST", MATTER + "dispatch", Map.of("classification", "CLAIM", "action", "ASSIGN"),
            fields("classification", Kind.REQUIRED_ENUM, "action", Kind.REQUIRED_ENUM, "unit", Kind.TEXT,
                "note", Kind.TEXT)),
        new Endpoint("handler", "POST", MATTER + "acceptance", Map.of("decision", "ACCEPT"),
            fields("decision", Kind.REQUIRED_ENUM, "reason", Kind.TEXT, "notifiedAt", Kind.DATE_TIME)),
        new Endpoint("head", "POST", MATTER + "extension", Map.of("days", 5, "reason", "理由"),
            fields("days", Kind.INT, "reason", Kind.REQUIRED_TEXT)),
        new Endpoint("handler", "POST", MATTER + "reply",
            Map.of("outcome", "SUPPORT", "facts", "事实", "basis", "依据", "opinion", "意见"),
            fields("outcome", Kind.REQUIRED_ENUM, "facts", Kind.REQUIRED_TEXT, "basis", Kind.REQUIRED_TEXT,
                "opinion", Kind.REQUIRED_TEXT)),
        new Endpoint("handler2", "POST", MATTER + "reply/review", Map.of("approve", true),
            fields("approve", Kind.BOOLEAN, "comment", Kind.TEXT)),
        new Endpoint("head", "POST", MATTER + "reply/sign", Map.of("approve", true),
            fields("approve", Kind.BOOLEAN, "comment", Kind.TEXT)),
        new Endpoint("reviewer", "POST", MATTER + "reply/precheck", Map.of("approve", true),
            fields("approve", Kind.BOOLEAN, "comment", Kind.TEXT)),
        new Endpoint("handler", "POST", MATTER + "reply/delivery", Map.of(), fields("deliveredAt", Kind.DATE_TIME)),
        new Endpoint("clerk", "POST", MATTER + "evaluation", Map.of("result", "SATISFIED"),
            fields("result", Kind.REQUIRED_ENUM)),
        new Endpoint("clerk", "POST", MATTER + "review-request", Map.of(), fields("requestedAt", Kind.DATE_TIME)),
        new Endpoint("reviewer", "POST", MATTER + "review-opinion", Map.of("outcome", "UPHOLD", "opinion", "意见"),
            fields("outcome", Kind.REQUIRED_ENUM, "opinion", Kind.REQUIRED_TEXT, "deliveredAt", Kind.DATE_TIME)),
        new Endpoint("clerk", "POST", MATTER + "re-review-request", Map.of(), fields("requestedAt", Kind.DATE_TIME)),
        new Endpoint("reviewer", "POST", MATTER + "hearing", Map.of("start", "2026-06-01", "end", "2026-06-02"),
            fields("start", Kind.DATE, "end", Kind.DATE)),
        new Endpoint("reviewer", "POST", MATTER + "re-review-opinion", Map.of("outcome", "UPHOLD", "opinion", "意见"),
            fields("outcome", Kind.REQUIRED_ENUM, "opinion", Kind.REQUIRED_TEXT, "deliveredAt", Kind.DATE_TIME)),
        new Endpoint("supervisor", "POST", "/api/compliance/findings/1/close", Map.of("reason", "已核实整改"),
            fields("reason", Kind.REQUIRED_TEXT)),
        new Endpoint("supervisor", "POST", "/api/supervision/bulletins",
            Map.of("month", "2026-01", "jurisdiction", "BUREAU"),
            fields("month", Kind.REQUIRED_TEXT, "jurisdiction", Kind.REQUIRED_TEXT)),
        new Endpoint("head", "POST", "/api/supervision/problems/1/rectification", Map.of("evidence", "已整改"),
            fields("evidence", Kind.REQUIRED_TEXT, "attachment", Kind.TEXT)),
        new Endpoint("supervisor", "POST", "/api/supervision/problems/1/verification", Map.of("verified", true),
            fields("verified", Kind.BOOLEAN, "comment", Kind.TEXT)),
        new Endpoint("supervisor", "POST", "/api/supervision/recommendations", Map.of("kind", "IMPROVE_WORK",
            "unit", "U-HOUSING", "matters", List.of("XF-2026-999999"), "content", "建议", "responseDeadline",
            "2099-01-01"),
            fields("kind", Kind.REQUIRED_ENUM, "unit", Kind.REQUIRED_TEXT, "content", Kind.REQUIRED_TEXT,
                "responseDeadline", Kind.DATE)),
        new Endpoint("handler", "POST", "/api/supervision/recommendations/999999/response", Map.of("response", "已整改"),
            fields("response", Kind.REQUIRED_TEXT)),
        new Endpoint("supervisor", "POST", MATTER + "sponsorship", Map.of("sponsor", "head"),
            fields("sponsor", Kind.REQUIRED_TEXT, "note", Kind.TEXT)),
        new Endpoint("supervisor", "POST", MATTER + "sponsorship/outcome", Map.of("outcome", "RESOLVED_IN_SUBSTANCE",
            "note", "已化解", "date", "2026-01-05"),
            fields("outcome", Kind.REQUIRED_ENUM, "note", Kind.REQUIRED_TEXT, "date", Kind.DATE)),
        new Endpoint("supervisor", "POST", "/api/supervision/receptions", Map.of("date", "2099-01-01",
            "leader", "head", "place", "接待大厅", "topic", "城建"),
            fields("date", Kind.DATE, "leader", Kind.REQUIRED_TEXT, "place", Kind.REQUIRED_TEXT,
                "topic", Kind.REQUIRED_TEXT)),
        new Endpoint("supervisor", "POST", "/api/supervision/receptions/999999/cancel", Map.of("reason", "改期"),
            fields("reason", Kind.REQUIRED_TEXT)),
        new Endpoint("clerk", "POST", MATTER + "reception", Map.of("receptionId", 999999),
            fields("receptionId", Kind.INT)),
        new Endpoint("supervisor", "PUT", "/api/supervision/risks", Map.of("idNumber", "11010519491231002X",
            "level", "HIGH", "reasons", "多次越级访", "reviewDate", "2099-01-01"),
            fields("idNumber", Kind.REQUIRED_TEXT, "level", Kind.REQUIRED_ENUM, "reasons", Kind.REQUIRED_TEXT,
                "reviewDate", Kind.DATE)),
        new Endpoint("supervisor", "POST", "/api/supervision/risks/lookup", Map.of("idNumber", "11010519491231002X"),
            fields("idNumber", Kind.REQUIRED_TEXT)),
        new Endpoint("admin", "PUT", "/api/simulation/clock", Map.of("now", "2099-01-01T00:00:00+08:00"),
            fields("now", Kind.DATE_TIME)),
        new Endpoint("admin", "POST", "/api/admin/users", Map.of("username", "corpus-user", "displayName", "名",
            "password", "a-long-password", "roles", List.of("CLERK")),
            fields("username", Kind.REQUIRED_TEXT, "displayName", Kind.REQUIRED_TEXT, "password", Kind.REQUIRED_TEXT,
                "unitCode", Kind.TEXT)),
        new Endpoint("admin", "PUT", "/api/admin/units", Map.of("code", "U-CORPUS", "name", "名"),
            fields("code", Kind.REQUIRED_TEXT, "name", Kind.REQUIRED_TEXT, "parentCode", Kind.TEXT)),
        new Endpoint("supervisor", "POST", MATTER + "urging", Map.of("note", "请抓紧办理"),
            fields("note", Kind.REQUIRED_TEXT)),
        new Endpoint("supervisor", "PUT", "/api/supervision/profiles/BUREAU", Map.of("name", "名", "targets", List.of()),
            fields("name", Kind.REQUIRED_TEXT)),
        new Endpoint("supervisor", "PUT", "/api/supervision/hooks/BUREAU", Map.of(),
            fields("webhookUrl", Kind.TEXT, "webhookSecret", Kind.TEXT, "email", Kind.TEXT, "escalateTo", Kind.TEXT)),
        new Endpoint("auditor", "POST", "/api/reports/exports",
            Map.of("from", "2025-01-01", "to", "2025-12-31", "format", "CSV", "part", "MATTERS"),
            fields("year", Kind.INT, "from", Kind.DATE, "to", Kind.DATE, "format", Kind.REQUIRED_ENUM,
                "part", Kind.ENUM, "jurisdiction", Kind.TEXT)));
  }

  /** One bad request: a name, the endpoint, the raw body, and the field the answer must name. */
  static Stream<Arguments> corpus() {
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Map.Entry<String, Kind> field : endpoint.fields().entrySet()) {
        for (Map.Entry<String, Object> bad : badValues(field.getValue()).entrySet()) {
          Map<String, Object> body = new HashMap<>(endpoint.valid());
          if (bad.getValue() == MISSING) {
            body.remove(field.getKey());
          } else {
            body.put(field.getKey(), bad.getValue());
          }
          cases.add(Arguments.of(endpoint.method() + " " + endpoint.path() + " " + field.getKey() + " " + bad.getKey(),
              endpoint, json(body), field.getKey()));
        }
      }
      Map<String, Object> unknown = new HashMap<>(endpoint.valid());
      unknown.put("isAdmin", true);
      cases.add(Arguments.of(endpoint.method() + " " + endpoint.path() + " unknown field", endpoint, json(unknown),
          "isAdmin"));
      cases.add(Arguments.of(endpoint.method() + " " + endpoint.path() + " malformed JSON", endpoint,
          json(endpoint.valid()).replaceFirst("}$", ""), "body"));
      cases.add(Arguments.of(endpoint.method() + " " + endpoint.path() + " an array, not an object", endpoint, "[1,2]",
          "body"));
    }
    return cases.stream();
  }

  private static final Object MISSING = new Object();

  private static Map<String, Object> badValues(Kind kind) {
    Map<String, Object> values = new LinkedHashMap<>();
    switch (kind) {
      case REQUIRED_TEXT -> {
        values.put("missing", MISSING);
        values.put("blank", "   ");
        values.put("too long", "长".repeat(20_001));
        values.put("an object", Map.of("a", 1));
      }
      case TEXT -> {
        values.put("too long", "长".repeat(20_001));
        values.put("an array", List.of("a"));
      }
      case REQUIRED_ENUM -> {
        values.put("missing", MISSING);
        values.put("unknown value", "SOMETHING_ELSE");
        values.put("lower case", "x_unknown");
        values.put("a number", 7);
      }
      case ENUM -> values.put("unknown value", "SOMETHING_ELSE");
      case INT -> {
        values.put("text", "many");
        values.put("a fraction", 1.5);
        values.put("huge", "99999999999999999999");
        values.put("an object", Map.of("n", 1));
      }
      case DATE_TIME -> {
        values.put("not a date", "yesterday");
        values.put("impossible date", "2026-02-30T09:00:00+08:00");
        values.put("no offset garbage", "2026-13-01T09:00");
      }
      case DATE -> {
        values.put("not a date", "soon");
        values.put("impossible date", "2026-04-31");
        values.put("missing", MISSING);
      }
      case BOOLEAN -> {
        values.put("missing", MISSING);
        values.put("text", "perhaps");
        values.put("an array", List.of(true));
      }
    }
    return values;
  }

  @Test
  void theCorpusHasAtLeast200Cases() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedWith400NamingTheFieldAndChangesNothing(String name, Endpoint endpoint, String body, String field) {
    Map<String, Long> before = counts();
    var answer = switch (endpoint.method()) {
      case "PUT" -> api.as(endpoint.user()).put(endpoint.path(), body);
      default -> api.as(endpoint.user()).postRaw(endpoint.path(), body);
    };
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
    assertThat(answer.text("field")).as(answer.toString()).isEqualTo(field);
    assertThat(counts()).isEqualTo(before);
  }

  /** The rules of an export request beyond the type of each field (issue 6): each case a body, status and field. */
  static Stream<Arguments> exportRules() {
    return Stream.of(
        Arguments.of("neither a year nor a range", "{\"format\":\"XLSX\"}", 400, "year"),
        Arguments.of("a year and a range", "{\"year\":2025,\"from\":\"2025-01-01\",\"to\":\"2025-12-31\","
            + "\"format\":\"XLSX\"}", 400, "year"),
        Arguments.of("a year out of range", "{\"year\":1999,\"format\":\"XLSX\"}", 400, "year"),
        Arguments.of("from after to", "{\"from\":\"2025-03-01\",\"to\":\"2025-02-28\",\"format\":\"CSV\"}", 400,
            "to"),
        Arguments.of("a range over ten years", "{\"from\":\"2010-01-01\",\"to\":\"2020-01-02\",\"format\":\"CSV\"}",
            400, "to"),
        Arguments.of("an unknown format", "{\"year\":2025,\"format\":\"PDF\"}", 400, "format"),
        Arguments.of("a part of an XLSX", "{\"year\":2025,\"format\":\"XLSX\",\"part\":\"MATTERS\"}", 400, "part"),
        Arguments.of("an unknown jurisdiction", "{\"year\":2025,\"format\":\"XLSX\",\"jurisdiction\":\"NO-SUCH\"}", 400,
            "jurisdiction"),
        Arguments.of("a jurisdiction outside the caller's scope",
            "{\"year\":2025,\"format\":\"XLSX\",\"jurisdiction\":\"U-HOUSING\"}", 403, "jurisdiction"));
  }

  @ParameterizedTest(name = "export request: {0}")
  @MethodSource("exportRules")
  void anExportRequestAgainstItsRulesIsAProblemNamingTheFieldAndWritesNothing(String name, String body, int status,
      String field) throws java.io.IOException {
    directory.saveUser("corpus-auditor-edu", "教育局统计员", "demo", "U-EDU", org.xinfangflow.identity.Role.AUDITOR);
    Map<String, Long> before = counts();
    long files = exportFiles();
    var answer = api.as("corpus-auditor-edu").postRaw("/api/reports/exports", body);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
    assertThat(answer.text("field")).as(answer.toString()).isEqualTo(field);
    assertThat(answer.text("detail")).as("a message for the user").isNotBlank();
    assertThat(counts()).isEqualTo(before);
    assertThat(exportFiles()).isEqualTo(files);
  }

  private long exportFiles() throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Path.of(exportsDir);
    if (!java.nio.file.Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
      return files.count();
    }
  }

  /** The row count of every table, in one query. */
  private Map<String, Long> counts() {
    String query = "select " + String.join(", ",
        TABLES.stream().map(table -> "(select count(*) from " + table + ") as " + table).toList());
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.queryForMap(query).forEach((column, value) -> counts.put(column.toLowerCase(), ((Number) value).longValue()));
    return counts;
  }

  private static Map<String, Kind> fields(Object... pairs) {
    Map<String, Kind> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put((String) pairs[i], (Kind) pairs[i + 1]);
    }
    return fields;
  }

  private static String json(Map<String, Object> body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
