package org.xinfangflow.supervision.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * 月通报 over real HTTP: a month with a finding and an overdue matter in two units of a jurisdiction of
 * its own (so no other test's matters appear), listed by unit, read back as XLSX and PDF; rectified,
 * rejected, rectified again and verified; the next month carries what is not verified, and only that.
 */
@IntegrationTest
class BulletinIntegrationTests {

  private static final String JURISDICTION = "TBJ";

  @Autowired
  Api api;
  @Autowired
  Matters matters;
  @Autowired
  TimeMachine time;
  @Autowired
  UserDirectory directory;
  @Autowired
  Environment environment;

  @BeforeEach
  void aJurisdictionOfTwoUnits() {
    directory.saveUnit(JURISDICTION, "测试区信访局", "BUREAU", "110101");
    directory.saveUnit("TBJ-A", "测试区住建局", JURISDICTION, "110101");
    directory.saveUnit("TBJ-B", "测试区教育局", JURISDICTION, "110101");
    directory.saveUser("tb-head-a", "甲局负责人", "demo", "TBJ-A", Role.HEAD);
    directory.saveUser("tb-handler-a", "甲局经办人", "demo", "TBJ-A", Role.HANDLER);
    directory.saveUser("tb-handler-b", "乙局经办人", "demo", "TBJ-B", Role.HANDLER);
  }

  @Test
  void aMonthIsListedByUnitRectifiedVerifiedAndWhatIsNotVerifiedIsCarried() throws IOException {
    // November 2026: unit A never tells the petitioner whether it accepts (late → a finding and an overdue
    // clock); unit B refuses a matter without a lawful reason (a finding)
    String late = matters.register(time.noonOf("2026-11-02"));
    dispatch(late, "TBJ-A");
    String refused = matters.register(time.now());
    dispatch(refused, "TBJ-B");
    matters.ok("tb-handler-b", refused, "acceptance", Map.of("decision", "NOT_ACCEPT", "reason", "工作太忙，暂不处理"));
    LocalDate due = LocalDate.parse(matters.deadline(late, "ACCEPTANCE_NOTICE").path("due").asText());
    assertThat(due.plusDays(1)).as("the clock runs out within November").isBefore(LocalDate.parse("2026-12-01"));
    time.startOf(due.plusDays(1).toString());

    time.noonOf("2026-12-01");
    assertThat(generate("2026-12").status()).as("a month not yet ended").isEqualTo(400);
    assertThat(generate("2027-01").text("field")).isEqualTo("month");
    assertThat(api.as("supervisor").post("/api/supervision/bulletins", Map.of("month", "2026-11",
        "jurisdiction", "NO-SUCH-UNIT")).text("field")).isEqualTo("jurisdiction");
    assertThat(api.as("handler-edu").post("/api/supervision/bulletins", Map.of("month", "2026-11",
        "jurisdiction", JURISDICTION)).status()).isEqualTo(403);

    Api.Response created = generate("2026-11");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode november = created.body();
    assertThat(november.path("number").asText()).isEqualTo("TB-2026-01");
    assertThat(november.path("carried")).isEmpty();
    Map<String, JsonNode> listed = byKey(november.path("problems"));
    assertThat(listed.keySet()).containsExactlyInAnyOrder(late + " ACCEPTANCE_NOTICE_LATE",
        late + " ACCEPTANCE_NOTICE", refused + " NON_ACCEPTANCE_WITHOUT_REASON");
    assertThat(listed.get(late + " ACCEPTANCE_NOTICE").path("unit").asText()).isEqualTo("TBJ-A");
    assertThat(listed.get(late + " ACCEPTANCE_NOTICE").path("source").asText()).isEqualTo("OVERDUE");
    assertThat(listed.get(refused + " NON_ACCEPTANCE_WITHOUT_REASON").path("unit").asText()).isEqualTo("TBJ-B");
    assertThat(summary(november)).containsExactly("TBJ-A 测试区住建局 1 1 0", "TBJ-B 测试区教育局 1 0 0");
    assertThat(generate("2026-11").status()).as("one bulletin per jurisdiction and month").isEqualTo(409);
    long id = november.path("id").asLong();
    assertThat(api.as("supervisor").get("/api/supervision/bulletins/" + id).text("number")).isEqualTo("TB-2026-01");
    assertThat(api.as("supervisor").get("/api/supervision/bulletins?jurisdiction=" + JURISDICTION).body()
        .findValuesAsText("number")).containsExactly("TB-2026-01");

    Map<String, String> sheets = xlsxSheets(download("/api/supervision/bulletins/" + id + ".xlsx"));
    assertThat(sheets.keySet()).containsExactly("概况", "问题清单", "仍未整改");
    assertThat(sheets.get("概况")).contains("单位名称", "不规范办理问题", "超期办理事项", "测试区住建局", "测试区教育局");
    assertThat(sheets.get("问题清单")).contains("事项编号", "责任单位", late, refused, "应受理未受理");
    assertThat(rows(sheets.get("问题清单"))).as("header and three problems").isEqualTo(4);
    assertThat(rows(sheets.get("仍未整改"))).as("the header only").isEqualTo(1);

    byte[] pdf = download("/api/supervision/bulletins/" + id + ".pdf");
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertThat(text).contains("测试区信访局信访工作月通报（2026年11月）", "TB-2026-01", "问题清单", "仍未整改", late, refused,
          "测试区住建局", "超过法定期限");
    }

    // rectification: only the problem's own unit; the supervisor verifies, or rejects with a reason
    long finding = listed.get(late + " ACCEPTANCE_NOTICE_LATE").path("id").asLong();
    long overdue = listed.get(late + " ACCEPTANCE_NOTICE").path("id").asLong();
    long refusal = listed.get(refused + " NON_ACCEPTANCE_WITHOUT_REASON").path("id").asLong();
    assertThat(rectify("tb-handler-b", finding).status()).as("another unit's problem").isEqualTo(404);
    assertThat(rectify("tb-head-a", finding).text("status")).isEqualTo("RECTIFIED");
    assertThat(rectify("tb-head-a", finding).status()).as("already rectified").isEqualTo(409);
    assertThat(verify(finding, false, " ").text("field")).isEqualTo("comment");
    Api.Response rejected = verify(finding, false, "佐证材料不足，请补充书面告知回执");
    assertThat(rejected.text("status")).isEqualTo("OPEN");
    assertThat(rejected.body().path("steps").findValuesAsText("action")).containsExactly("RECTIFIED", "REJECTED");
    assertThat(rectify("tb-handler-a", finding).text("status")).isEqualTo("RECTIFIED");
    assertThat(verify(finding, true, "回执已核实").text("status")).isEqualTo("VERIFIED");
    assertThat(verify(finding, true, "again").status()).isEqualTo(409);
    assertThat(rectify("tb-head-a", overdue).text("status")).isEqualTo("RECTIFIED");

    JsonNode ownProblems = api.as("tb-handler-b").get("/api/supervision/problems?jurisdiction=" + JURISDICTION).body();
    assertThat(ownProblems.path("content").findValuesAsText("id")).containsExactly(String.valueOf(refusal));
    assertThat(api.as("supervisor").get("/api/supervision/problems?unit=TBJ-A&status=VERIFIED").body()
        .path("content").findValuesAsText("id")).containsExactly(String.valueOf(finding));
    assertThat(api.as("auditor").get("/api/audit?matter=" + late).body().toString()).contains("核验销号", "退回整改");

    // December: nothing new in the units, but the unverified problems are carried, the verified one is not
    time.noonOf("2027-01-04");
    JsonNode december = generate("2026-12").body();
    assertThat(december.path("number").asText()).isEqualTo("TB-2026-02");
    assertThat(december.path("problems")).as("the late clock, still late, was listed before").isEmpty();
    assertThat(december.path("carried").findValuesAsText("id"))
        .containsExactlyInAnyOrder(String.valueOf(overdue), String.valueOf(refusal));
    assertThat(december.path("carried").findValuesAsText("firstListedIn")).containsOnly("TB-2026-01");
    assertThat(december.path("carried").findValuesAsText("statusListed")).containsExactlyInAnyOrder("RECTIFIED", "OPEN");
    assertThat(summary(december)).containsExactly("TBJ-A 测试区住建局 0 0 1", "TBJ-B 测试区教育局 0 0 1");
    Map<String, String> decemberSheets = xlsxSheets(download("/api/supervision/bulletins/"
        + december.path("id").asLong() + ".xlsx"));
    assertThat(rows(decemberSheets.get("仍未整改"))).isEqualTo(3);
    assertThat(decemberSheets.get("仍未整改")).contains("首次通报", "TB-2026-01", "已整改待核验", "待整改");
  }

  private void dispatch(String number, String unit) {
    matters.ok("clerk", number, "dispatch", Map.of("classification", "CLAIM", "action", "ASSIGN", "unit", unit));
  }

  private Api.Response generate(String month) {
    return api.as("supervisor").post("/api/supervision/bulletins", Map.of("month", month,
        "jurisdiction", JURISDICTION));
  }

  private Api.Response rectify(String user, long problem) {
    return api.as(user).post("/api/supervision/problems/" + problem + "/rectification",
        Map.of("evidence", "已向信访人补发书面受理告知，并对经办人进行约谈", "attachment", "ATT-2026-001"));
  }

  private Api.Response verify(long problem, boolean verified, String comment) {
    return api.as("supervisor").post("/api/supervision/problems/" + problem + "/verification",
        Map.of("verified", verified, "comment", comment));
  }

  private static Map<String, JsonNode> byKey(JsonNode problems) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    problems.forEach(p -> result.put(p.path("matter").asText() + " " + p.path("code").asText(), p));
    return result;
  }

  private static List<String> summary(JsonNode bulletin) {
    List<String> lines = new ArrayList<>();
    bulletin.path("summary").forEach(u -> lines.add("%s %s %d %d %d".formatted(u.path("unit").asText(),
        u.path("unitName").asText(), u.path("findings").asInt(), u.path("overdue").asInt(), u.path("carried").asInt())));
    return lines;
  }

  private byte[] download(String path) {
    return RestClient.builder().baseUrl("http://127.0.0.1:" + environment.getProperty("local.server.port")).build()
        .get().uri(path).headers(h -> h.setBasicAuth("supervisor", "demo"))
        .exchange((request, response) -> {
          assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
          assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("TB-2026-");
          return response.getBody().readAllBytes();
        });
  }

  /**
   * The sheets of a workbook by name, each as its XML with the shared strings put in place of their
   * indexes — enough to read headers and cells back without a spreadsheet library.
   */
  private static Map<String, String> xlsxSheets(byte[] xlsx) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    // read through the central directory: the entries are streamed, their sizes follow the data
    java.nio.file.Path file = java.nio.file.Files.createTempFile("bulletin", ".xlsx");
    try {
      java.nio.file.Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
          entries.put(entry.getName(), unescape(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    List<String> shared = new ArrayList<>();
    var si = java.util.regex.Pattern.compile("<si>(.*?)</si>", java.util.regex.Pattern.DOTALL)
        .matcher(entries.getOrDefault("xl/sharedStrings.xml", ""));
    while (si.find()) {
      shared.add(si.group(1).replaceAll("<[^>]+>", ""));
    }
    Map<String, String> sheets = new LinkedHashMap<>();
    var sheet = java.util.regex.Pattern.compile("<sheet [^>]*name=\"([^\"]+)\"").matcher(entries.get("xl/workbook.xml"));
    int n = 1;
    while (sheet.find()) {
      String xml = entries.get("xl/worksheets/sheet" + n++ + ".xml");
      var cell = java.util.regex.Pattern.compile("<c ([^>]*t=\"s\"[^>]*)><v>(\\d+)</v></c>").matcher(xml);
      StringBuilder resolved = new StringBuilder();
      while (cell.find()) {
        cell.appendReplacement(resolved, java.util.regex.Matcher.quoteReplacement(
            "<c " + cell.group(1) + "><is>" + shared.get(Integer.parseInt(cell.group(2))) + "</is></c>"));
      }
      cell.appendTail(resolved);
      sheets.put(sheet.group(1), resolved.toString());
    }
    return sheets;
  }

  /** fastexcel writes every non-ASCII character as a character reference ({@code &#x6982;}). */
  private static String unescape(String xml) {
    var reference = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml);
    StringBuilder out = new StringBuilder();
    while (reference.find()) {
      reference.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
          new String(Character.toChars(Integer.parseInt(reference.group(1), 16)))));
    }
    return reference.appendTail(out).toString();
  }

  private static int rows(String sheetXml) {
    return sheetXml.split("<row ", -1).length - 1;
  }
}
