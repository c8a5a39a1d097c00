package org.xinfangflow.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The field cipher and its keys: the current key {@code xinfang.crypto.key} (environment
 * {@code XINFANG_CRYPTO_KEY}) under the id {@code xinfang.crypto.key-id} (default {@code k1}), the
 * read-only {@code xinfang.crypto.previous-keys} ({@code id:base64,...}), and
 * {@code xinfang.crypto.legacy-key-id} (default {@code k1}): the key that wrote {@code v1:} values.
 * A misconfigured key stops start-up with a message naming it.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

  @Bean
  FieldKeys fieldKeys(@Value("${xinfang.crypto.key:}") String key,
      @Value("${xinfang.crypto.key-id:" + FieldKeys.DEFAULT_KEY_ID + "}") String keyId,
      @Value("${xinfang.crypto.previous-keys:}") String previousKeys,
      @Value("${xinfang.crypto.legacy-key-id:" + FieldKeys.DEFAULT_KEY_ID + "}") String legacyKeyId) {
    return FieldKeys.of(key, keyId, previousKeys, legacyKeyId);
  }

  @Bean
  FieldCipher fieldCipher(FieldKeys keys) {
    return new FieldCipher(keys);
  }
}
