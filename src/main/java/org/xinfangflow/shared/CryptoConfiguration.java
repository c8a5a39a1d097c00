package org.xinfangflow.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The field cipher, keyed from {@code xinfang.crypto.key} (environment: {@code XINFANG_CRYPTO_KEY}). */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

  @Bean
  FieldCipher fieldCipher(@Value("${xinfang.crypto.key:}") String key) {
    return new FieldCipher(key);
  }
}
