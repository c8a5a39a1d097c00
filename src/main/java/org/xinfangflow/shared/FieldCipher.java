package org.xinfangflow.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * 敏感字段加密 — AES-256-GCM for personal data at rest (a fresh 96-bit nonce per value, stored as
 * {@code v1:base64(nonce|ciphertext|tag)}), and a keyed HMAC-SHA-256 for exact-match search. Both keys
 * come from one 32-byte configuration secret ({@code xinfang.crypto.key}, base64).
 */
public class FieldCipher {

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec hashKey;
  private final SecureRandom random = new SecureRandom();

  public FieldCipher(String base64Key) {
    byte[] key = decodeKey(base64Key);
    this.encryptionKey = new SecretKeySpec(derive(key, "xinfang-flow field encryption"), "AES");
    this.hashKey = new SecretKeySpec(derive(key, "xinfang-flow exact-match hash"), "HmacSHA256");
  }

  public String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
          .put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed", e);
    }
  }

  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("Value is not encrypted with a known scheme");
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Decryption failed: wrong key or tampered value", e);
    }
  }

  /** The same value always gives the same hash; without the key the hash reveals nothing. */
  public String hash(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Hashing failed", e);
    }
  }

  private static byte[] decodeKey(String base64Key) {
    if (base64Key == null || base64Key.isBlank()) {
      throw new IllegalStateException("xinfang.crypto.key is not set: 32 random bytes, base64 "
          + "(e.g. `openssl rand -base64 32`), from the environment (XINFANG_CRYPTO_KEY)");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("xinfang.crypto.key is not valid base64", e);
    }
    if (key.length != 32) {
      throw new IllegalStateException("xinfang.crypto.key must be 32 bytes, is " + key.length);
    }
    return key;
  }

  private static byte[] derive(byte[] key, String purpose) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(purpose.getBytes(StandardCharsets.UTF_8));
      return sha.digest(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
