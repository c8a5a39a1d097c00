package org.xinfangflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.Browser;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * The yearly report downloaded over HTTP as XLSX and CSV and read back: the sheets, the same figures as the
 * JSON report, the definitions, the matters behind each count (their columns adding up to the figures) and
 * no personal data; and the page auditors use.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExportIntegrationTests {

  static final List<String> SHEETS = List.of("总体", "按单位", "按类别", "按渠道", "按月份", "同比", "指标说明", "事项清单",
      "包案清单");

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final UserDirectory directory;
  private final MeterRegistry meters;
  private final Environment environment;
  private TestCounty county;
  /** What every petitioner of {@link Matters#registration} gives besides an ID number: name, phone, address. */
  private static final List<String> PERSONAL = List.of("测试信访人", "13800138000", "北京市东城区测试路1号", "测试路");
  private final List<String> numbers = new ArrayList<>();

  @Autowired
  ReportExportIntegrationTests(Api api, Matters matters, TimeMachine time, UserDirectory directory,
      MeterRegistry meters, Environment environment) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.directory = directory;
    this.meters = meters;
    this.environment = environment;
  }

  /**
   * 2023 in a county of its own, all received on 1 March: A1 replied at once and satisfied; A2 dispatched and
   * never decided (its notice limit long past), sponsored without an outcome; A3 a visit routed into its legal
   * channel; A4 and R4, its repeat. One matter in 2022 for the year before.
   */
  @BeforeAll
  void aYear() {
    county = new TestCounty(api, matters, directory, "导出测试");
    time.noonOf("2022-06-01");
    numbers.add(county.register(registration()));
    time.noonOf("2023-03-01");
    String a1 = county.replied(time.now());
    matters.ok(county.clerk, a1, "evaluation", Map.of("result", "SATISFIED"));
    String a2 = county.dispatched(time.now());
    county.sponsor(a2);
    Map<String, Object> visit = registration();
    visit.put("channel", "VISIT");
    String a3 = county.register(visit);
    matters.ok(county.clerk, a3, "dispatch", Map.of("classification", "CLAIM_LEGAL_CHANNEL", "action",
        "ROUTE_LEGAL_CHANNEL"));
    Map<String, Object> a4 = registration();
    String original = county.register(a4);
    county.handle(original);
    a4.put("receivedAt", time.now().toString());
    numbers.addAll(List.of(a1, a2, a3, original, county.register(a4)));
  }

  @BeforeEach
  void atTheEndOfTheYear() {
    time.noonOf("2023-12-31");
  }

  @Test
  void theXlsxHoldsTheReportsFiguresTheDefinitionsAndTheMattersWithoutPersonalData() {
    Api.Raw download = api.as(county.auditor).download("/api/reports/yearly/2023.xlsx");
    assertThat(download.status()).as(download.toString()).isEqualTo(200);
    assertThat(download.headers().getContentType().toString()).startsWith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(download.headers().getContentDisposition().getFilename()).isEqualTo("report-" + county.bureau
        + "-2023.xlsx");
    Map<String, List<List<Object>>> sheets = Workbooks.read(download.body());
    assertThat(sheets.keySet()).containsExactlyElementsOf(SHEETS);
    JsonNode report = yearly();

    assertThat(report.path("totals").path("registered").asLong()).isEqualTo(5);
    List<List<Object>> overall = sheets.get("总体");
    assertThat(overall.get(4)).containsExactly("登记数", 5.0);
    ReportFigure[] figures = ReportFigure.values();
    for (int i = 0; i < figures.length; i++) {
      JsonNode figure = report.path("figures").path(figures[i].key());
      List<Object> row = overall.get(7 + i);
      assertThat(row.subList(0, 4)).as(figures[i].key()).containsExactly(figures[i].label(), figures[i].key(),
          figure.path("numerator").asDouble(), figure.path("denominator").asDouble());
      assertThat(row.size() > 4 ? row.get(4) : null).as(figures[i].key() + " rate")
          .isEqualTo(figure.path("rate").isNull() ? null : figure.path("rate").asDouble());
    }
    assertThat(report.path("figures").path("timelyAcceptance").path("denominator").asLong())
        .as("A1, A2 past its limit, A4").isEqualTo(3);
    assertThat(report.path("figures").path("repeatRate").path("numerator").asLong()).isEqualTo(1);

    List<List<Object>> units = sheets.get("按单位");
    assertThat(units.get(1).subList(3, 6)).containsExactly("分子", "分母", "比率");
    assertThat(units).hasSize(2 + report.path("breakdowns").path("unit").size());
    List<Object> department = row(units, county.unit);
    JsonNode departmentJson = row(report.path("breakdowns").path("unit"), county.unit);
    assertThat(department.get(2)).isEqualTo(departmentJson.path("registered").asDouble());
    assertThat(department.get(3)).as("its timelyAcceptance numerator")
        .isEqualTo(departmentJson.path("figures").path("timelyAcceptance").path("numerator").asDouble());
    assertThat(row(sheets.get("按渠道"), "VISIT").get(1)).isEqualTo("来访");
    assertThat(sheets.get("按月份")).hasSize(2 + 12);
    assertThat(sheets.get("同比").get(4)).containsExactly("登记数", 5.0, 1.0, 4.0, 4.0);

    List<List<Object>> definitions = sheets.get("指标说明");
    for (int i = 0; i < figures.length; i++) {
      assertThat(definitions.get(1 + i)).containsExactly(figures[i].label(), figures[i].key(), figures[i].numerator(),
          figures[i].denominator(), figures[i].basis());
    }
    assertThat(flatten(definitions)).containsAll(ReportFigure.RULES.stream().map(ReportFigure.Rule::text).toList());

    List<Map<String, Object>> listed = Workbooks.records(sheets.get("事项清单"));
    assertThat(listed).extracting(r -> r.get("事项编号")).containsExactlyInAnyOrderElementsOf(numbers.subList(1, 6));
    assertColumnsAddUpToTheFigures(listed, report);
    Map<String, Object> repeat = listed.stream().filter(r -> r.get("重复件所属事项") != null).findFirst().orElseThrow();
    assertThat(repeat.get("结果")).isEqualTo("重复件（随原事项）");
    Map<String, Object> undecided = listed.stream().filter(r -> "尚未决定".equals(r.get("受理决定"))).findFirst()
        .orElseThrow();
    assertThat(undecided.get("是否及时告知")).isEqualTo("否");
    assertThat(undecided.get("责任单位")).isEqualTo(directory.unitName(county.unit).orElseThrow());
    assertThat(Workbooks.records(sheets.get("包案清单"))).singleElement().satisfies(s -> {
      assertThat(s.get("化解率（领导包案）（分子）")).isEqualTo(0.0);
      assertThat(s.get("化解率（领导包案）（分母）")).isEqualTo(1.0);
    });
    assertNoPersonalData(flatten(sheets.values().stream().flatMap(List::stream).toList()));
  }

  @Test
  void theCsvHasALinePerBreakdownKeyAndFigureAndTheMattersListOnRequest() {
    Api.Raw download = api.as(county.auditor).download("/api/reports/yearly/2023.csv");
    assertThat(download.status()).as(download.toString()).isEqualTo(200);
    assertThat(download.headers().getContentType().toString()).startsWith("text/csv");
    assertThat(Arrays.copyOf(download.body(), 3)).as("a UTF-8 byte order mark, for Excel")
        .containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines = lines(download);
    assertThat(lines.get(0)).isEqualTo(String.join(",", ReportCsv.FIGURE_HEADERS));
    JsonNode report = yearly();
    JsonNode breakdowns = report.path("breakdowns");
    int keys = 1 + breakdowns.path("unit").size() + breakdowns.path("category").size()
        + breakdowns.path("channel").size() + breakdowns.path("month").size();
    assertThat(lines).hasSize(1 + keys * ReportFigure.values().length);
    JsonNode timely = report.path("figures").path("timelyAcceptance");
    assertThat(lines).contains(String.join(",", "总体", county.bureau, report.path("jurisdictionName").asText(), "5",
        "timelyAcceptance", "及时受理率", timely.path("numerator").asText(), timely.path("denominator").asText(),
        Figure.of(timely.path("numerator").asLong(), timely.path("denominator").asLong()).rate().toPlainString()));
    assertThat(lines).anyMatch(line -> line.startsWith("信访形式,VISIT,来访,1,routingRate,依法分类导入率,1,1,1.0000"));

    Api.Raw mattersCsv = api.as(county.auditor).download("/api/reports/yearly/2023.csv?part=matters");
    assertThat(mattersCsv.headers().getContentDisposition().getFilename()).endsWith("-2023-matters.csv");
    List<String> matterLines = lines(mattersCsv);
    assertThat(matterLines.get(0)).startsWith("事项编号,重复件所属事项,收到日期,信访形式,类别");
    assertThat(matterLines).hasSize(1 + 5);
    assertThat(String.join("\n", matterLines)).contains(numbers.get(1), numbers.get(5));
    assertNoPersonalData(matterLines);

    Api.Raw bad = api.as(county.auditor).download("/api/reports/yearly/2023.csv?part=everything");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text()).contains("\"field\":\"part\"");
    assertThat(api.as(county.auditor).download("/api/reports/yearly/1999.xlsx").text()).contains("\"field\":\"year\"");
    assertThat(api.as(county.auditor).download("/api/reports/yearly/2023.xlsx?jurisdiction=BUREAU").status())
        .as("above the auditor's own unit").isEqualTo(403);
    assertThat(api.as(county.clerk).download("/api/reports/yearly/2023.csv").status()).isEqualTo(403);
    assertThat(meters.find("xinfang.reports.export").tags("format", "csv", "mode", "sync").timer())
        .satisfies(timer -> assertThat(timer.count()).isPositive());
  }

  @Test
  void theReportsPageIsForAuditorsAndSupervisorsAndStartsExportsWithTheSession() {
    Browser auditor = new Browser(environment);
    auditor.signIn(county.auditor, "demo");
    Browser.Page page = auditor.get("/reports.html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("统计报表", "/ui/reports.js", "导出 XLSX");
    assertThat(auditor.get("/ui/home.js").body()).contains("/reports.html");
    Browser.Page started = auditor.sendJson("POST", "/api/reports/exports", "{\"year\":2023,\"format\":\"CSV\"}",
        Map.of("X-XSRF-TOKEN", auditor.cookie("XF-XSRF-TOKEN")));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    Browser.Page definitions = auditor.sendJson("GET", "/api/reports/definitions", null, Map.of());
    assertThat(definitions.body()).contains("\"figure\":\"timelyAcceptance\"", "及时受理率", "统计日");

    Browser clerk = new Browser(environment);
    clerk.signIn(county.clerk, "demo");
    assertThat(clerk.get("/reports.html").status()).isEqualTo(403);
  }

  /** Each figure's numerator and denominator columns of the matters list add up to the figure of the report. */
  static void assertColumnsAddUpToTheFigures(List<Map<String, Object>> listed, JsonNode report) {
    for (ReportFigure figure : ReportFigure.values()) {
      if (!figure.ofMatters()) {
        continue;
      }
      JsonNode expected = report.path("figures").path(figure.key());
      assertThat(sum(listed, figure.label() + "（分子）")).as(figure.key() + " numerator")
          .isEqualTo(expected.path("numerator").asDouble());
      assertThat(sum(listed, figure.label() + "（分母）")).as(figure.key() + " denominator")
          .isEqualTo(expected.path("denominator").asDouble());
    }
  }

  private static double sum(List<Map<String, Object>> rows, String column) {
    return rows.stream().mapToDouble(r -> ((Number) r.get(column)).doubleValue()).sum();
  }

  private void assertNoPersonalData(List<String> texts) {
    String all = String.join("\n", texts);
    for (String value : PERSONAL) {
      assertThat(all).as("personal data").doesNotContain(value);
    }
    assertThat(all).as("no ID number").doesNotContainPattern("\\d{17}[\\dX]");
  }

  private Map<String, Object> registration() {
    return matters.registration(time.now());
  }

  private JsonNode yearly() {
    Api.Response response = api.as(county.auditor).get("/api/reports/yearly?year=2023");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.body();
  }

  private static List<String> lines(Api.Raw download) {
    String text = new String(download.body(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    return List.of(text.split("\r\n"));
  }

  private static List<String> flatten(List<List<Object>> rows) {
    return rows.stream().flatMap(List::stream).filter(v -> v != null).map(String::valueOf).toList();
  }

  private static List<Object> row(List<List<Object>> sheet, String key) {
    return sheet.stream().filter(r -> !r.isEmpty() && key.equals(r.get(0))).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key));
  }

  private static JsonNode row(JsonNode rows, String key) {
    for (JsonNode row : rows) {
      if (row.path("key").asText().equals(key)) {
        return row;
      }
    }
    throw new AssertionError("no row " + key + " in " + rows);
  }
}
