package org.xinfangflow.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.spec.SecretKeySpec;

/**
 * One configured secret under its id, with the two keys derived from it: one for AES-256-GCM, one for
 * the HMAC-SHA-256 exact-match hash. The derivation is the one of the first release (SHA-256 over a
 * purpose label and the secret), so values and hashes written before key rotation stay valid.
 */
record FieldKey(String id, SecretKeySpec encryption, SecretKeySpec hash, byte[] fingerprint) {

  static FieldKey of(String id, byte[] secret) {
    return new FieldKey(id, new SecretKeySpec(derive(secret, "xinfang-flow field encryption"), "AES"),
        new SecretKeySpec(derive(secret, "xinfang-flow exact-match hash"), "HmacSHA256"),
        derive(secret, "xinfang-flow key fingerprint"));
  }

  /** Same secret under two ids: compares derived fingerprints in constant time, never the secrets themselves. */
  boolean sameSecretAs(FieldKey other) {
    return MessageDigest.isEqual(fingerprint, other.fingerprint);
  }

  private static byte[] derive(byte[] secret, String purpose) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(purpose.getBytes(StandardCharsets.UTF_8));
      return sha.digest(secret);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "FieldKey[" + id + "]";
  }
}
