package org.xinfangflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Encryption at rest and exact-match hashing of personal data. */
class FieldCipherTests {

  private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
  private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

  private final FieldCipher cipher = new FieldCipher(KEY);

  @Test
  void encryptsWithAFreshNonceAndDecryptsBack() {
    String first = cipher.encrypt("11010519491231002X");
    String second = cipher.encrypt("11010519491231002X");
    assertThat(first).startsWith("v1:").doesNotContain("1949").isNotEqualTo(second);
    assertThat(cipher.decrypt(first)).isEqualTo("11010519491231002X");
    assertThat(cipher.encrypt(null)).isNull();
  }

  @Test
  void theHashIsStableAndKeyed() {
    assertThat(cipher.hash("11010519491231002X")).isEqualTo(cipher.hash("11010519491231002X")).hasSize(64);
    assertThat(new FieldCipher(OTHER_KEY).hash("11010519491231002X")).isNotEqualTo(cipher.hash("11010519491231002X"));
  }

  @Test
  void aWrongKeyOrATamperedValueIsRefused() {
    String sealed = cipher.encrypt("11010519491231002X");
    assertThatThrownBy(() -> new FieldCipher(OTHER_KEY).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "B" : "A") + "=";
    assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt("11010519491231002X")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMissingOrShortKeyStopsStartUpWithAClearMessage() {
    assertThatThrownBy(() -> new FieldCipher("")).hasMessageContaining("xinfang.crypto.key is not set");
    assertThatThrownBy(() -> new FieldCipher(Base64.getEncoder().encodeToString(new byte[16])))
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> new FieldCipher("not base64!")).hasMessageContaining("base64");
  }

  @Test
  void masksIdNumbersAndPhones() {
    assertThat(Masking.idNumber("110101199003074514")).isEqualTo("110101********4514");
    assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
    assertThat(Masking.phone("010-12345678")).isEqualTo("********5678");
    assertThat(Masking.idNumber(null)).isNull();
  }
}
