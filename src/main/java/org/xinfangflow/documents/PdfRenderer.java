package org.xinfangflow.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.documents.TemplateEngine.Line;
import org.xinfangflow.documents.TemplateEngine.Style;

/**
 * Sets laid-out lines on A4 pages with an embedded subset of Noto Sans SC, deterministically: the same
 * lines, number and issue time give the same bytes. Nothing of the moment of rendering goes in — the
 * creation date is the issue time, the trailer /ID is derived from the document number, and PDFBox names
 * the font subset by a hash of the glyphs used (TrueTypeEmbedder.getTag), not at random.
 */
@Component
class PdfRenderer {

  static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
  private static final float MARGIN = 72f;
  private static final float BODY = 12f;
  private static final float TITLE = 20f;
  private static final float FOOT = 9f;
  private static final char MISSING = '□';

  private final byte[] fontBytes;

  PdfRenderer() {
    try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("Font not on the classpath: " + FONT);
      }
      this.fontBytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] render(List<Line> lines, String title, String documentNumber, Instant issuedAt) {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));
        PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      fixMetadata(doc, title, documentNumber, issuedAt);
      new Pages(doc, font, ttf.getUnicodeCmapLookup(), documentNumber).set(lines);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Document could not be rendered", e);
    }
  }

  private static void fixMetadata(PDDocument doc, String title, String documentNumber, Instant issuedAt) {
    Calendar issued = new GregorianCalendar(TimeZone.getTimeZone(Beijing.ZONE));
    issued.setTimeInMillis(issuedAt.toEpochMilli() / 1000 * 1000);
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title + " " + documentNumber);
    info.setCreator("xinfang-flow");
    info.setProducer("xinfang-flow");
    info.setCreationDate(issued);
    info.setModificationDate(issued);
    byte[] id = Arrays.copyOf(sha256(documentNumber), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The page being filled, and the pen on it. */
  private static final class Pages {
    private final PDDocument doc;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final String documentNumber;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream stream;
    private float y;
    private int page;

    Pages(PDDocument doc, PDType0Font font, CmapLookup cmap, String documentNumber) {
      this.doc = doc;
      this.font = font;
      this.cmap = cmap;
      this.documentNumber = documentNumber;
    }

    void set(List<Line> lines) throws IOException {
      newPage();
      for (Line line : lines) {
        float size = line.style() == Style.TITLE ? TITLE : BODY;
        float leading = size * (line.style() == Style.TITLE ? 2.2f : 1.9f);
        if (line.style() == Style.GAP) {
          y -= BODY * 0.9f;
          continue;
        }
        for (String piece : wrap(printable(line.text()), size)) {
          if (y - leading < MARGIN) {
            newPage();
          }
          y -= leading;
          float textWidth = font.getStringWidth(piece) / 1000 * size;
          float x = switch (line.style()) {
            case TITLE, SUBTITLE -> MARGIN + (width - textWidth) / 2;
            case RIGHT -> MARGIN + width - textWidth;
            default -> MARGIN;
          };
          write(piece, size, x, y);
        }
      }
      stream.close();
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage next = new PDPage(PDRectangle.A4);
      doc.addPage(next);
      page++;
      stream = new PDPageContentStream(doc, next);
      y = PDRectangle.A4.getHeight() - MARGIN;
      String foot = "文书编号 " + documentNumber + "　第 " + page + " 页";
      float footWidth = font.getStringWidth(printable(foot)) / 1000 * FOOT;
      write(printable(foot), FOOT, MARGIN + (width - footWidth) / 2, MARGIN / 2);
    }

    private void write(String text, float size, float x, float atY) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, atY);
      stream.showText(text);
      stream.endText();
    }

    /** Characters the font has no glyph for print as □ rather than fail the step. */
    private String printable(String text) {
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints().forEach(cp -> {
        if (cp == ' ' || cmap.getGlyphId(cp) > 0) {
          out.appendCodePoint(cp);
        } else {
          out.append(MISSING);
        }
      });
      return out.toString();
    }

    /** Breaks a line at any character (Chinese has no spaces) so each piece fits the width. */
    private List<String> wrap(String text, float size) throws IOException {
      List<String> pieces = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      float used = 0;
      int i = 0;
      while (i < text.length()) {
        int cp = text.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        float w = font.getStringWidth(ch) / 1000 * size;
        if (used + w > width && current.length() > 0) {
          pieces.add(current.toString());
          current.setLength(0);
          used = 0;
        }
        current.append(ch);
        used += w;
        i += Character.charCount(cp);
      }
      pieces.add(current.toString());
      return pieces;
    }
  }
}
