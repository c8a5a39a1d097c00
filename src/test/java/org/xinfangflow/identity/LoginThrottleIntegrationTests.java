package org.xinfangflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.TimeMachine;

/** 登录限制: five wrong passwords lock the name for 15 minutes, even against the right one. */
@IntegrationTest
class LoginThrottleIntegrationTests {

  private final UserDirectory directory;
  private final TimeMachine time;
  private final Environment environment;

  @Autowired
  LoginThrottleIntegrationTests(UserDirectory directory, TimeMachine time, Environment environment) {
    this.directory = directory;
    this.time = time;
    this.environment = environment;
  }

  @Test
  void fiveFailuresLockTheNameUntilTheWindowHasPassed() {
    directory.saveUser("throttled-clerk", "限制测试", "right-password", "BUREAU", Role.CLERK);
    time.noonOf("2026-06-15");
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(call("throttled-clerk", "wrong").value()).isEqualTo(401);
    }
    assertThat(call("throttled-clerk", "right-password").value()).isEqualTo(429);
    assertThat(call("clerk", "demo").value()).as("other names are not affected").isEqualTo(200);
    time.at(time.now().toLocalDate(), time.now().toLocalTime().plus(Duration.ofMinutes(16)));
    assertThat(call("throttled-clerk", "right-password").value()).isEqualTo(200);
  }

  private HttpStatusCode call(String user, String password) {
    return RestClient.create("http://127.0.0.1:" + environment.getProperty("local.server.port"))
        .get().uri("/api/tasks").headers(h -> h.setBasicAuth(user, password))
        .exchange((request, response) -> response.getStatusCode());
  }
}
