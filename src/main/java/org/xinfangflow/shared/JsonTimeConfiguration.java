package org.xinfangflow.shared;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** API.md: times are ISO-8601 with offset, in Beijing time ({@code 2026-01-05T09:30:00+08:00}). */
@Configuration(proxyBeanMethods = false)
class JsonTimeConfiguration {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Bean
  SimpleModule beijingInstants() {
    SimpleModule module = new SimpleModule("beijing-instants");
    module.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
      @Override
      public void serialize(Instant value, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeString(OffsetDateTime.ofInstant(value, BEIJING).toString());
      }
    });
    return module;
  }
}
