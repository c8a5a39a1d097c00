package org.xinfangflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The definitions the exports print (指标说明, {@link ReportFigure}) are the ones docs/reporting.md shows: the
 * table between its {@code figure-definitions} markers is exactly what this test writes from the code. When the
 * code changes, the test fails with the new table to paste.
 */
class FigureDefinitionsDocumentedTests {

  private static final String START = "<!-- figure-definitions: the text of ReportFigure, checked by"
      + " FigureDefinitionsDocumentedTests -->";
  private static final String END = "<!-- /figure-definitions -->";

  @Test
  void docsShowTheDefinitionsTheExportsPrint() throws IOException {
    String docs = Files.readString(Path.of("docs/reporting.md"), StandardCharsets.UTF_8);
    assertThat(docs).contains(START, END);
    String documented = docs.substring(docs.indexOf(START) + START.length(), docs.indexOf(END)).strip();
    assertThat(documented).as("docs/reporting.md between the figure-definitions markers").isEqualTo(table());
  }

  static String table() {
    StringBuilder md = new StringBuilder("| 指标 | 字段 | 分子 | 分母 | 依据 |\n| --- | --- | --- | --- | --- |\n");
    for (ReportFigure f : ReportFigure.values()) {
      md.append("| ").append(f.label()).append(" | `").append(f.key()).append("` | ").append(f.numerator())
          .append(" | ").append(f.denominator()).append(" | ").append(f.basis()).append(" |\n");
    }
    md.append("\n| 统计口径 | 说明 |\n| --- | --- |\n");
    for (ReportFigure.Rule rule : ReportFigure.RULES) {
      md.append("| ").append(rule.topic()).append(" | ").append(rule.text()).append(" |\n");
    }
    return md.toString().strip();
  }
}
