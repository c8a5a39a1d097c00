package org.xinfangflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.TimeMachine;

/**
 * The demo's sample matters play out through the real API. Regression: a rule added later (the reply
 * document check) refused a sample reply, and the demo profile started with half its matters.
 */
@IntegrationTest
class DemoMattersIntegrationTests {

  @Autowired
  Environment environment;
  @Autowired
  TimeMachine time;

  @Test
  void everySampleMatterIsAcceptedByTheApplicationsRules() {
    RestClient api = RestClient.builder()
        .baseUrl("http://127.0.0.1:" + environment.getProperty("local.server.port")).build();
    // as the demo does: the matters play out over the last 45 days, ending now
    var start = java.time.OffsetDateTime.now(TimeMachine.BEIJING).minusDays(45);
    DemoMatters matters = new DemoMatters(api, time.at(start.toLocalDate(), start.toLocalTime()));
    matters.seed();
    assertThat(matters.count()).isEqualTo(6);
  }
}
