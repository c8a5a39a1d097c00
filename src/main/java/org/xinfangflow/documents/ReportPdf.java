package org.xinfangflow.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfangflow.documents.TemplateEngine.Line;
import org.xinfangflow.documents.TemplateEngine.Style;

/**
 * 报告、函件 — a titled report (a bulletin, a ledger) or letter (三项建议) of headings, paragraphs, simple
 * table rows and a signature block, set as PDF
 * with the same embedded Chinese font and the same reproducible metadata as the written documents. Not
 * an issued document: nothing is numbered or stored here.
 */
@Component
public class ReportPdf {

  private static final String CELL_SEPARATOR = "　|　";

  private final PdfRenderer renderer;

  ReportPdf(PdfRenderer renderer) {
    this.renderer = renderer;
  }

  /** One block of the report. */
  public sealed interface Block permits Heading, Paragraph, Row, Signature {
  }

  /** A heading, set apart by a gap before it. */
  public record Heading(String text) implements Block {
  }

  /** A paragraph, wrapped. */
  public record Paragraph(String text) implements Block {
  }

  /** A table row: its cells on one line, separated, wrapped if too long. */
  public record Row(List<String> cells) implements Block {
  }

  /** The sender and date of a letter, set to the right after a gap. */
  public record Signature(List<String> lines) implements Block {
  }

  /**
   * The report as PDF bytes: the title centred, the number under it and in each page's foot. The same
   * blocks, number and time give the same bytes.
   */
  public byte[] render(String title, String number, Instant issuedAt, List<Block> blocks) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(Style.TITLE, clean(title)));
    lines.add(new Line(Style.SUBTITLE, clean(number)));
    for (Block block : blocks) {
      if (block instanceof Heading heading) {
        lines.add(new Line(Style.GAP, ""));
        lines.add(new Line(Style.PARAGRAPH, clean(heading.text())));
      } else if (block instanceof Paragraph paragraph) {
        paragraph.text().lines().filter(text -> !text.isBlank())
            .forEach(text -> lines.add(new Line(Style.PARAGRAPH, clean(text))));
      } else if (block instanceof Row row) {
        lines.add(new Line(Style.PARAGRAPH, clean(String.join(CELL_SEPARATOR,
            row.cells().stream().map(cell -> cell == null ? "" : cell.replace('\n', ' ')).toList()))));
      } else if (block instanceof Signature signature) {
        lines.add(new Line(Style.GAP, ""));
        signature.lines().forEach(text -> lines.add(new Line(Style.RIGHT, clean(text))));
      }
    }
    return renderer.render(lines, title, number, issuedAt);
  }

  /** Text is set as text: tabs become spaces, other control characters are dropped. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\t') {
        out.append("  ");
      } else if (!Character.isISOControl(cp)) {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }
}
