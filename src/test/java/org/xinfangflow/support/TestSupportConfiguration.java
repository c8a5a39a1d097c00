package org.xinfangflow.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.xinfangflow.demo.DemoDirectory;
import org.xinfangflow.shared.MovableClock;
import org.xinfangflow.workflow.DueJobs;

/** The test helpers as beans. */
@TestConfiguration(proxyBeanMethods = false)
class TestSupportConfiguration {

  @Bean
  TimeMachine timeMachine(MovableClock clock, DueJobs dueJobs) {
    return new TimeMachine(clock, dueJobs);
  }

  @Bean
  DemoUsersInstaller demoUsersInstaller(DemoDirectory directory) {
    return new DemoUsersInstaller(directory);
  }

  /** The demo users of API.md exist in every test context. */
  static class DemoUsersInstaller {
    private final DemoDirectory directory;

    DemoUsersInstaller(DemoDirectory directory) {
      this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void install() {
      directory.install();
    }
  }

  @Bean
  Matters matters(Api api) {
    return new Matters(api);
  }

  @Bean
  Api api(Environment environment, com.fasterxml.jackson.databind.ObjectMapper json) {
    return new Api(environment, json);
  }
}
