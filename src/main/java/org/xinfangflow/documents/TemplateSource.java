package org.xinfangflow.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the current template of a kind comes from: a file of the same name in
 * {@code xinfang.documents.templates-dir} when that is set and the file is there (edited without a
 * release, read afresh for every document), else the one shipped in {@code documents/templates/}.
 */
@Component
class TemplateSource {

  /** A template's text and where it was read. */
  record Template(String body, String source) {
  }

  private final String dir;

  TemplateSource(@Value("${xinfang.documents.templates-dir:}") String dir) {
    this.dir = dir == null ? "" : dir.strip();
  }

  Template current(DocumentKind kind) {
    if (!dir.isEmpty()) {
      Path file = Path.of(dir).resolve(kind.templateFile());
      if (Files.isRegularFile(file)) {
        try {
          return new Template(Files.readString(file, StandardCharsets.UTF_8), file.toAbsolutePath().toString());
        } catch (IOException e) {
          throw new UncheckedIOException("Template could not be read: " + file, e);
        }
      }
    }
    String resource = "documents/templates/" + kind.templateFile();
    try (InputStream in = TemplateSource.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No template for " + kind + " at classpath:" + resource);
      }
      return new Template(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
