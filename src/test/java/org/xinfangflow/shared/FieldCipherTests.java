package org.xinfangflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Encryption at rest and exact-match hashing of personal data, under several keys (key rotation). */
class FieldCipherTests {

  private static final String ID = "11010519491231002X";
  private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
  private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
  private static final String THIRD_KEY = Base64.getEncoder().encodeToString("abcdefghijklmnopqrstuvwxyz012345".getBytes());

  /** Written by the release before key rotation (FieldCipher of commit bf3be66) with KEY: must stay readable. */
  private static final String V1_VALUE = "v1:2KUlQa9Y8y7qetaknkX3r8T+tNlcM9D8BFNtwhlmKBoC3IH+7DrZvIfShT+uVw==";
  /** Its id_number_hash from that release: must stay equal, or repeat detection would miss old rows. */
  private static final String V1_HASH = "87856e103c482637329c568a49dc880510a798fd42d56b4a9c4aa5eeaf65623c";

  private final FieldCipher cipher = new FieldCipher(KEY);

  /** After a rotation: OTHER_KEY is current as k2, KEY is the previous k1. */
  private final FieldCipher rotated = new FieldCipher(FieldKeys.of(OTHER_KEY, "k2", "k1:" + KEY, "k1"));

  @Test
  void encryptsWithAFreshNonceUnderTheCurrentKeyIdAndDecryptsBack() {
    String first = cipher.encrypt(ID);
    String second = cipher.encrypt(ID);
    assertThat(first).startsWith("v2:k1:").doesNotContain("1949").isNotEqualTo(second);
    assertThat(cipher.decrypt(first)).isEqualTo(ID);
    assertThat(cipher.encrypt(null)).isNull();
    assertThat(cipher.decrypt(null)).isNull();
    assertThat(cipher.currentKeyId()).isEqualTo("k1");
  }

  @Test
  void theHashIsStableAndKeyed() {
    assertThat(cipher.hash(ID)).isEqualTo(cipher.hash(ID)).hasSize(64);
    assertThat(new FieldCipher(OTHER_KEY).hash(ID)).isNotEqualTo(cipher.hash(ID));
  }

  @Test
  void valuesAndHashesOfTheReleaseBeforeKeyRotationStayValid() {
    assertThat(cipher.decrypt(V1_VALUE)).isEqualTo(ID);
    assertThat(cipher.keyIdOf(V1_VALUE)).isEqualTo("k1");
    assertThat(cipher.hash(ID)).isEqualTo(V1_HASH);
  }

  @Test
  void afterARotationOldValuesAreReadWithThePreviousKeyAndNewOnesWrittenWithTheCurrent() {
    String writtenBefore = cipher.encrypt(ID);
    assertThat(rotated.decrypt(writtenBefore)).isEqualTo(ID);
    assertThat(rotated.decrypt(V1_VALUE)).isEqualTo(ID);

    String writtenAfter = rotated.encrypt(ID);
    assertThat(writtenAfter).startsWith("v2:k2:");
    assertThat(rotated.decrypt(writtenAfter)).isEqualTo(ID);
    assertThat(rotated.keyIdOf(writtenAfter)).isEqualTo("k2");
    assertThat(rotated.keyIdOf(writtenBefore)).isEqualTo("k1");
    assertThat(rotated.isCurrent(writtenAfter)).isTrue();
    assertThat(rotated.isCurrent(writtenBefore)).isFalse();
    assertThat(rotated.isCurrent(V1_VALUE)).isFalse();
    // the old cipher cannot read what the new key wrote, and says which key it lacks
    assertThatThrownBy(() -> cipher.decrypt(writtenAfter)).hasMessageContaining("'k2'")
        .hasMessageContaining("not configured");
  }

  @Test
  void searchHashesCoverTheCurrentKeyFirstAndEveryPreviousKey() {
    assertThat(rotated.hash(ID)).isEqualTo(new FieldCipher(OTHER_KEY).hash(ID)).isNotEqualTo(V1_HASH);
    assertThat(rotated.searchHashes(ID)).containsExactly(rotated.hash(ID), V1_HASH);
    assertThat(cipher.searchHashes(ID)).containsExactly(V1_HASH);
    assertThat(cipher.searchHashes(null)).isEmpty();
  }

  @Test
  void anUnknownKeyIdIsRefusedNamingTheId() {
    String sealed = new FieldCipher(FieldKeys.of(THIRD_KEY, "k9", "", "k1")).encrypt(ID);
    assertThatThrownBy(() -> rotated.decrypt(sealed)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'k9'").hasMessageContaining("xinfang.crypto.previous-keys");
  }

  @Test
  void v1ValuesAreReadWithTheConfiguredLegacyKey() {
    FieldCipher renamed = new FieldCipher(FieldKeys.of(KEY, "2024-a", "", "2024-a"));
    assertThat(renamed.decrypt(V1_VALUE)).isEqualTo(ID);
    assertThat(renamed.keyIdOf(V1_VALUE)).isEqualTo("2024-a");
    // the legacy key id names a key that is not configured: v1 values cannot be read, and it says so
    FieldCipher withoutLegacy = new FieldCipher(FieldKeys.of(KEY, "k2", "", "k1"));
    assertThatThrownBy(() -> withoutLegacy.decrypt(V1_VALUE)).hasMessageContaining("'k1'");
  }

  @Test
  void aWrongKeyOrATamperedValueIsRefused() {
    String sealed = cipher.encrypt(ID);
    assertThatThrownBy(() -> new FieldCipher(OTHER_KEY).decrypt(sealed)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("wrong key or tampered");
    String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "B" : "A") + "=";
    assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt(ID)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt("v2:k1")).isInstanceOf(IllegalStateException.class);
    // the key id is bound to the ciphertext: a v2 value relabelled as v1 is refused
    String relabelled = "v1:" + sealed.substring("v2:k1:".length());
    assertThatThrownBy(() -> cipher.decrypt(relabelled)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMissingOrShortKeyStopsStartUpWithAClearMessage() {
    assertThatThrownBy(() -> new FieldCipher("")).hasMessageContaining("xinfang.crypto.key is not set");
    assertThatThrownBy(() -> new FieldCipher(Base64.getEncoder().encodeToString(new byte[16])))
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> new FieldCipher("not base64!")).hasMessageContaining("base64");
  }

  @Test
  void aMisconfiguredKeySetStopsStartUpWithAClearMessage() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> FieldKeys.of(OTHER_KEY, "k2", "k1:" + shortKey, "k1"))
        .hasMessageContaining("xinfang.crypto.previous-keys key 'k1' must be 32 bytes, is 16");
    assertThatThrownBy(() -> FieldKeys.of(OTHER_KEY, "k2", "k1:not base64!", "k1"))
        .hasMessageContaining("key 'k1' is not valid base64");
    assertThatThrownBy(() -> FieldKeys.of(OTHER_KEY, "k2", "k2:" + KEY, "k1"))
        .hasMessageContaining("key id 'k2' is configured twice");
    assertThatThrownBy(() -> FieldKeys.of(OTHER_KEY, "k2", "k1:" + KEY + ",k1:" + THIRD_KEY, "k1"))
        .hasMessageContaining("key id 'k1' is configured twice");
    assertThatThrownBy(() -> FieldKeys.of(OTHER_KEY, "k2", "k1:" + OTHER_KEY, "k1"))
        .hasMessageContaining("key 'k1' is the same secret as key 'k2'");
    assertThatThrownBy(() -> FieldKeys.of(OTHER_KEY, "k:2", "", "k1")).hasMessageContaining("xinfang.crypto.key-id");
    assertThatThrownBy(() -> FieldKeys.of(OTHER_KEY, " ", "", "k1")).hasMessageContaining("xinfang.crypto.key-id");
    assertThatThrownBy(() -> FieldKeys.of(OTHER_KEY, "k2", "", "")).hasMessageContaining("xinfang.crypto.legacy-key-id");
    // an entry without an id, or written the wrong way round, is refused without printing the secret
    assertThatThrownBy(() -> FieldKeys.of(OTHER_KEY, "k2", KEY, "k1"))
        .hasMessageContaining("entry 1 is not of the form id:base64key").hasMessageNotContaining(KEY);
    assertThatThrownBy(() -> FieldKeys.of(OTHER_KEY, "k2", "k1:" + KEY + ", " + THIRD_KEY + ":k3", "k1"))
        .hasMessageContaining("entry 2 does not start with a key id").hasMessageNotContaining(THIRD_KEY);
  }

  @Test
  void severalPreviousKeysAreAccepted() {
    FieldCipher twice = new FieldCipher(FieldKeys.of(THIRD_KEY, "k3", " k2:" + OTHER_KEY + " , k1:" + KEY + " ", "k1"));
    assertThat(twice.decrypt(V1_VALUE)).isEqualTo(ID);
    assertThat(twice.decrypt(rotated.encrypt(ID))).isEqualTo(ID);
    assertThat(twice.searchHashes(ID)).hasSize(3).endsWith(V1_HASH);
  }

  @Test
  void masksIdNumbersAndPhones() {
    assertThat(Masking.idNumber("110101199003074514")).isEqualTo("110101********4514");
    assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
    assertThat(Masking.phone("010-12345678")).isEqualTo("********5678");
    assertThat(Masking.idNumber(null)).isNull();
  }
}
