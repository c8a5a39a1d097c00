package org.xinfangflow.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * 敏感字段加密 — AES-256-GCM for personal data at rest (a fresh 96-bit nonce per value) and a keyed
 * HMAC-SHA-256 for exact-match search, under several keys ({@link FieldKeys}).
 *
 * <p>Stored forms: {@code v2:<keyId>:base64(nonce|ciphertext|tag)}, the {@code v2:<keyId>} prefix bound
 * to the ciphertext as associated data, is what is written now. {@code v1:base64(nonce|ciphertext|tag)},
 * written before key rotation existed, carries no key id: it is read with the legacy key
 * ({@code xinfang.crypto.legacy-key-id}, default {@code k1}).
 */
public class FieldCipher {

  private static final String V1 = "v1:";
  private static final String V2 = "v2:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final FieldKeys keys;
  private final SecureRandom random = new SecureRandom();

  public FieldCipher(FieldKeys keys) {
    this.keys = keys;
  }

  /** One key, id {@code k1}. */
  public FieldCipher(String base64Key) {
    this(FieldKeys.single(base64Key));
  }

  /** The id of the key new values are written (and hashed) with. */
  public String currentKeyId() {
    return keys.current().id();
  }

  public String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    FieldKey key = keys.current();
    String prefix = V2 + key.id() + ":";
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key.encryption(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(prefix));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return prefix + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
          .put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed", e);
    }
  }

  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    StoredValue value = StoredValue.parse(stored, keys.legacyKeyId());
    FieldKey key = keys.byId(value.keyId()).orElseThrow(() -> new IllegalStateException("Decryption failed: "
        + "the value was encrypted with key '" + value.keyId() + "', which is not configured "
        + "(add it to xinfang.crypto.previous-keys until --reencrypt has moved every value to the current key)"));
    try {
      byte[] all = Base64.getDecoder().decode(value.payload());
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key.encryption(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      if (value.associatedData() != null) {
        cipher.updateAAD(associatedData(value.associatedData()));
      }
      return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Decryption failed with key '" + key.id() + "': wrong key or tampered value", e);
    }
  }

  /** The id of the key a stored value was encrypted with ({@code v1:} values: the legacy key id). */
  public String keyIdOf(String stored) {
    return StoredValue.parse(stored, keys.legacyKeyId()).keyId();
  }

  /** Whether a stored value was written in the current form with the current key (nothing to re-encrypt). */
  public boolean isCurrent(String stored) {
    return stored != null && stored.startsWith(currentPrefix());
  }

  /** The prefix of every value written now: {@code v2:<currentKeyId>:}. */
  public String currentPrefix() {
    return V2 + currentKeyId() + ":";
  }

  /** With the current key: the same value always gives the same hash; without the key the hash reveals nothing. */
  public String hash(String plain) {
    return plain == null ? null : hash(plain, keys.current());
  }

  /**
   * Every hash a stored row of this value may carry: under the current key and under each previous key,
   * so that exact-match search finds rows not yet re-encrypted. Current key first.
   */
  public List<String> searchHashes(String plain) {
    return plain == null ? List.of() : keys.all().stream().map(key -> hash(plain, key)).toList();
  }

  private static String hash(String plain, FieldKey key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key.hash());
      return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Hashing failed", e);
    }
  }

  private static byte[] associatedData(String prefix) {
    return prefix.getBytes(StandardCharsets.US_ASCII);
  }

  /** A stored value taken apart: which key, the base64 payload, and the associated data (none for v1). */
  private record StoredValue(String keyId, String payload, String associatedData) {

    static StoredValue parse(String stored, String legacyKeyId) {
      if (stored.startsWith(V1)) {
        return new StoredValue(legacyKeyId, stored.substring(V1.length()), null);
      }
      int idEnd = stored.indexOf(':', V2.length());
      if (stored.startsWith(V2) && idEnd > V2.length()) {
        return new StoredValue(stored.substring(V2.length(), idEnd), stored.substring(idEnd + 1),
            stored.substring(0, idEnd + 1));
      }
      throw new IllegalStateException("Value is not encrypted with a known scheme");
    }
  }
}
