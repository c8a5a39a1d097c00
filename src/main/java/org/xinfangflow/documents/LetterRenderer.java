package org.xinfangflow.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfangflow.documents.TemplateEngine.Line;
import org.xinfangflow.documents.TemplateEngine.Style;

/**
 * 函件 — renders a simple titled letter (a title, paragraphs, a signature block set to the right) to PDF
 * bytes with the same renderer, font and determinism as the issued documents. Nothing is stored: the
 * caller keeps what it rendered from. Text is set as text, never read as markup.
 */
@Component
public class LetterRenderer {

  private final PdfRenderer pdf;

  LetterRenderer(PdfRenderer pdf) {
    this.pdf = pdf;
  }

  /**
   * The letter as PDF: {@code title} centred, the {@code number} under it, each paragraph (line breaks
   * inside it start new lines), then the {@code signature} lines on the right.
   */
  public byte[] render(String title, String number, List<String> paragraphs, List<String> signature,
      Instant issuedAt) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(Style.TITLE, clean(title)));
    lines.add(new Line(Style.SUBTITLE, clean(number)));
    lines.add(new Line(Style.GAP, ""));
    for (String paragraph : paragraphs) {
      for (String part : paragraph.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
        if (!part.isBlank()) {
          lines.add(new Line(Style.PARAGRAPH, clean(part)));
        }
      }
    }
    lines.add(new Line(Style.GAP, ""));
    signature.forEach(line -> lines.add(new Line(Style.RIGHT, clean(line))));
    return pdf.render(lines, title, number, issuedAt);
  }

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
