package org.xinfangflow.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.xinfangflow.identity.UserDirectory;

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
  private final Clock clock;

  DemoData(DemoDirectory demoDirectory, UserDirectory directory, Clock clock) {
    this.demoDirectory = demoDirectory;
    this.directory = directory;
    this.clock = clock;
  }

  @EventListener
  void onReady(ApplicationReadyEvent ready) {
    if (directory.hasUsers()) {
      return;
    }
    demoDirectory.install();
    int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
    RestClient api = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(BEIJING).toOffsetDateTime();
    DemoMatters matters = new DemoMatters(api, now);
    matters.seed();
    log.info("Demo data ready: users clerk, handler, handler2, handler-edu, head, reviewer, supervisor, auditor, "
        + "admin (password demo); {} sample matters", matters.count());
  }

  static Map<String, Object> petitioner(String name, String idNumber, String phone, String address) {
    return Map.of("name", name, "idNumber", idNumber, "phone", phone, "address", address);
  }

  static RestClient.RequestBodySpec post(RestClient api, String user, String path) {
    return api.post().uri(path).headers(h -> h.setBasicAuth(user, DemoDirectory.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON);
  }

  static List<Object> list(Object... items) {
    return List.of(items);
  }
}
