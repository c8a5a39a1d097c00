package org.xinfangflow.petition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * 内容指纹 — what makes two matters "the same content": the text with width, case, white space and
 * punctuation normalised away, hashed with SHA-256.
 */
final class ContentFingerprint {

  private ContentFingerprint() {
  }

  static String of(String content) {
    String normalised = Normalizer.normalize(content, Normalizer.Form.NFKC)
        .toLowerCase()
        .replaceAll("[\\p{P}\\p{S}\\p{Z}\\s]+", "");
    return sha256(normalised);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
