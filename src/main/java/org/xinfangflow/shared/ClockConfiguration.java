package org.xinfangflow.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application clock, in Beijing time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  MovableClock clock() {
    return new MovableClock(Clock.system(ZoneId.of("Asia/Shanghai")));
  }
}
