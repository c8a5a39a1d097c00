package org.xinfangflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The chain: SHA-256 over the previous entry's hash and every field of this one (the id included, so
 * a deleted entry breaks the link of the next). Times are hashed to the microsecond, as stored.
 */
final class AuditHash {

  /** The "previous hash" of the first entry. */
  static final String GENESIS = "0".repeat(64);

  private AuditHash() {
  }

  static String of(AuditEntry entry) {
    String canonical = Stream.of(String.valueOf(entry.getId()),
            entry.getOccurredAt().truncatedTo(ChronoUnit.MICROS).toString(), entry.getUsername(), entry.getRoles(),
            entry.getUnitCode(), entry.getRemoteAddress(), entry.getMatterNumber(), entry.getAction(),
            entry.getDetail(), entry.getPrevHash())
        .map(field -> field == null ? "\u0000" : field.replace("\\", "\\\\").replace("\n", "\\n"))
        .collect(Collectors.joining("\n"));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
