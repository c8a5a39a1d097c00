package org.xinfangflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The web pages keep to their Content-Security-Policy and never turn stored text into markup: no
 * inline script, event-handler attribute or inline style in the HTML, and no HTML-parsing DOM call
 * in the scripts (elements are built with createElement and textContent).
 */
class WebPagesTests {

  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HANDLER_OR_STYLE = Pattern.compile("\\s(on[a-z]+|style)\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_SINKS = Pattern.compile(
      "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function|javascript:");

  private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

  @Test
  void thePagesHaveNoInlineScriptHandlerOrStyle() throws IOException {
    List<String> found = new ArrayList<>();
    Resource[] pages = resources.getResources("classpath:static/**/*.html");
    assertThat(pages).hasSizeGreaterThanOrEqualTo(5);
    for (Resource page : pages) {
      String html = page.getContentAsString(StandardCharsets.UTF_8);
      collect(found, page, INLINE_SCRIPT.matcher(html));
      collect(found, page, HANDLER_OR_STYLE.matcher(html));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theScriptsNeverParseTextAsHtml() throws IOException {
    List<String> found = new ArrayList<>();
    Resource[] scripts = resources.getResources("classpath:static/ui/*.js");
    assertThat(scripts).hasSizeGreaterThanOrEqualTo(4);
    for (Resource script : scripts) {
      collect(found, script, HTML_SINKS.matcher(script.getContentAsString(StandardCharsets.UTF_8)));
    }
    assertThat(found).isEmpty();
  }

  private static void collect(List<String> found, Resource resource, Matcher matcher) {
    while (matcher.find()) {
      found.add(resource.getFilename() + ": " + matcher.group());
    }
  }
}
