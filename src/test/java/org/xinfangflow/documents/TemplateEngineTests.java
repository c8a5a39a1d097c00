package org.xinfangflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinfangflow.documents.TemplateEngine.Line;
import org.xinfangflow.documents.TemplateEngine.Style;

class TemplateEngineTests {

  @Test
  void placeholdersAreFilledAndEachLineKeepsTheStyleItsTemplateGaveIt() {
    String template = """
        // a comment, dropped
        # ${documentTitle}
        ## ${documentNumber}

        ${petitionerName}：
        　　事由：${title}
        > ${issueDate}
        """;
    List<Line> lines = TemplateEngine.render(template, Map.of("documentTitle", "受理告知书",
        "documentNumber", "XF-2026-000001-受理-01", "petitionerName", "张三、李四", "title", "# 不是标题\n第二行",
        "issueDate", "2026年3月2日"));
    assertThat(lines).containsExactly(
        new Line(Style.TITLE, "受理告知书"),
        new Line(Style.SUBTITLE, "XF-2026-000001-受理-01"),
        new Line(Style.GAP, ""),
        new Line(Style.PARAGRAPH, "张三、李四："),
        new Line(Style.PARAGRAPH, "　　事由：# 不是标题"),
        new Line(Style.PARAGRAPH, "第二行"),
        new Line(Style.RIGHT, "2026年3月2日"));
  }

  @Test
  void aValueIsNeverScannedForPlaceholdersAgain() {
    List<Line> lines = TemplateEngine.render("${a}", Map.of("a", "${b} $1 \\"));
    assertThat(lines).containsExactly(new Line(Style.PARAGRAPH, "${b} $1 \\"));
  }

  @Test
  void aPlaceholderWithoutAValueIsAnError() {
    assertThatThrownBy(() -> TemplateEngine.render("${petitionerName} ${missing}", Map.of("petitionerName", "张三")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
  }

  @Test
  void controlCharactersGoAndTabsBecomeSpaces() {
    assertThat(TemplateEngine.render("${a}", Map.of("a", "甲\t乙\u0007丙\r\n丁")))
        .containsExactly(new Line(Style.PARAGRAPH, "甲  乙丙"), new Line(Style.PARAGRAPH, "丁"));
  }

  @Test
  void everyShippedTemplateUsesOnlyValuesItsKindProvides() {
    TemplateSource shipped = new TemplateSource("");
    for (DocumentKind kind : DocumentKind.values()) {
      assertThat(TemplateEngine.placeholders(shipped.current(kind).body())).as(kind.name()).isNotEmpty()
          .contains("documentNumber", "matterNumber", "issueDate");
    }
  }

  @Test
  void aTemplateInTheConfiguredDirectoryOverridesTheShippedOne(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("acceptance-notice.txt"), "# 改过的模板 ${documentNumber}", StandardCharsets.UTF_8);
    TemplateSource source = new TemplateSource(dir.toString());
    assertThat(source.current(DocumentKind.ACCEPTANCE_NOTICE).body()).isEqualTo("# 改过的模板 ${documentNumber}");
    assertThat(source.current(DocumentKind.REPLY).source()).isEqualTo("classpath:documents/templates/reply.txt");
  }

  @Test
  void datesAreWrittenTheChineseWayOnBeijingsCalendar() {
    assertThat(ChineseDates.of(LocalDate.of(2026, 3, 2))).isEqualTo("2026年3月2日");
    assertThat(ChineseDates.of(Instant.parse("2026-03-01T16:30:00Z"))).isEqualTo("2026年3月2日");
  }
}
