package org.xinfangflow.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文书模板 — a small line-based text format with {@code ${name}} placeholders. Each template line is one
 * of: {@code # text} title (centred, large), {@code ## text} subtitle (centred), {@code > text} right
 * aligned, {@code // text} comment (dropped), an empty line (a gap), anything else a paragraph (wrapped).
 * The kind of a line is fixed by the template before the values go in, so a value (facts written by a
 * handler, say) can never turn itself into a title; a value with line breaks gives several lines of the
 * same kind. Values are put in once, never scanned again. A placeholder without a value is an error.
 * Pure Java, no Spring.
 */
final class TemplateEngine {

  /** How a line is set. */
  enum Style { TITLE, SUBTITLE, PARAGRAPH, RIGHT, GAP }

  /** One laid-out line, before wrapping. */
  record Line(Style style, String text) {
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

  private TemplateEngine() {
  }

  static List<Line> render(String template, Map<String, String> values) {
    List<String> missing = new ArrayList<>(new TreeSet<>(placeholders(template)).stream()
        .filter(name -> !values.containsKey(name)).toList());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Template placeholders without a value: " + missing);
    }
    List<Line> lines = new ArrayList<>();
    for (String raw : template.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String line = stripTrailing(raw);
      if (line.startsWith("//")) {
        continue;
      }
      Style style;
      String text;
      if (line.startsWith("## ")) {
        style = Style.SUBTITLE;
        text = line.substring(3);
      } else if (line.startsWith("# ")) {
        style = Style.TITLE;
        text = line.substring(2);
      } else if (line.startsWith("> ")) {
        style = Style.RIGHT;
        text = line.substring(2);
      } else if (line.isEmpty()) {
        lines.add(new Line(Style.GAP, ""));
        continue;
      } else {
        style = Style.PARAGRAPH;
        text = line;
      }
      for (String part : substitute(text, values).split("\n", -1)) {
        lines.add(new Line(style, clean(part)));
      }
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).style() == Style.GAP) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** The names of the placeholders a template uses. */
  static List<String> placeholders(String template) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static String substitute(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(values.get(matcher.group(1))));
    }
    matcher.appendTail(out);
    return out.toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Tabs become spaces; other control characters go. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\t') {
        out.append("  ");
      } else if (!Character.isISOControl(cp)) {
        out.appendCodePoint(cp);
      }
    });
    return stripTrailing(out.toString());
  }

  private static String stripTrailing(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(0, end);
  }
}
