package org.xinfangflow.demo;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.shared.MovableClock;

/**
 * Seeds the demo once, on an empty database: users and units, then sample matters driven through
 * the same HTTP API every client uses — registered, dispatched, in handling, routed, replied, late.
 */
@Component
@ConditionalOnProperty(name = "xinfang.demo.enabled", havingValue = "true")
class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final DemoDirectory demoDirectory;
  private final UserDirectory directory;
  private final MovableClock clock;

  DemoData(DemoDirectory demoDirectory, UserDirectory directory, MovableClock clock) {
    this.demoDirectory = demoDirectory;
    this.directory = directory;
    this.clock = clock;
  }

  @EventListener
  void onReady(ApplicationReadyEvent ready) {
    if (directory.hasUsers()) {
      log.info("Demo data ready: already installed in this database (users clerk, supervisor, auditor, admin, …; "
          + "password demo unless changed)");
      return;
    }
    demoDirectory.install();
    int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
    RestClient api = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    // play the sample matters out over the last 45 days: the database is empty, so the clock may start back there
    OffsetDateTime start = OffsetDateTime.now(clock).atZoneSameInstant(BEIJING).toOffsetDateTime().minusDays(45);
    clock.setTo(start.toInstant());
    DemoMatters matters = new DemoMatters(api, start);
    try {
      matters.seed();
      log.info("Demo data ready: users clerk, handler, handler2, handler-edu, head, reviewer, supervisor, auditor, "
          + "admin (password demo); {} sample matters", matters.count());
    } catch (RuntimeException e) {
      log.error("Demo data could not be created completely ({} matters made)", matters.count(), e);
      clock.reset();
    }
  }

  static Map<String, Object> petitioner(String name, String idNumber, String phone, String address) {
    return Map.of("name", name, "idNumber", idNumber, "phone", phone, "address", address);
  }
}
