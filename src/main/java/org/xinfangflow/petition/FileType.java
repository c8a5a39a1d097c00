package org.xinfangflow.petition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** 附件类型 — what a file is, judged by its content, never by its name: PDF, JPEG, PNG or DOCX. */
enum FileType {
  PDF("application/pdf"),
  JPEG("image/jpeg"),
  PNG("image/png"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final int MAX_ZIP_ENTRIES = 2000;

  private final String mediaType;

  FileType(String mediaType) {
    this.mediaType = mediaType;
  }

  String mediaType() {
    return mediaType;
  }

  static Optional<FileType> of(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, ZIP_MAGIC) && isWordDocument(content)) {
      return Optional.of(DOCX);
    }
    return Optional.empty();
  }

  /** A DOCX is a ZIP package holding word/document.xml. */
  private static boolean isWordDocument(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
        if (entry.getName().equals("word/document.xml")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
