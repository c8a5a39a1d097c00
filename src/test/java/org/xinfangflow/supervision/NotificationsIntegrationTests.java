package org.xinfangflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * Warnings and overdue marks reach the responsible unit's people and the supervisors in the application,
 * once each, and the unit's webhook and e-mail through the outbox — retried after a failure, never in
 * the engine's transaction. The sweep and the outbox are run explicitly after the clock moves.
 */
@IntegrationTest
class NotificationsIntegrationTests {

  @Autowired
  Api api;
  @Autowired
  Matters matters;
  @Autowired
  TimeMachine time;
  @Autowired
  UserDirectory directory;
  @Autowired
  SupervisionSweep sweep;
  @Autowired
  OutboundDispatcher outbound;

  Jurisdiction county;
  HttpServer webhook;
  final List<Delivery> received = new CopyOnWriteArrayList<>();
  final AtomicInteger failuresLeft = new AtomicInteger();

  record Delivery(String body, String signature) {
  }

  @BeforeEach
  void county() throws IOException {
    county = Jurisdiction.create(directory, api, matters);
    webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    webhook.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
      if (status == 204) {
        received.add(new Delivery(body, exchange.getRequestHeaders().getFirst("X-Xinfang-Signature")));
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    webhook.start();
  }

  @AfterEach
  void stop() {
    webhook.stop(0);
  }

  private String hookUrl() {
    return "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook";
  }

  @Test
  void aWarningThenAnOverdueMarkReachTheUnitAndTheSupervisorsOnceEach() {
    String number = county.dispatched(time.noonOf("2026-05-04"));
    LocalDate due = LocalDate.parse(matters.deadline(number, "ACCEPTANCE_NOTICE").path("due").asText());

    time.noonOf(due.minusDays(2).toString());
    sweep.run();
    sweep.run();
    List<JsonNode> handler = county.notifications(county.handler(), number);
    assertThat(handler).as("one warning, however often the sweep runs").hasSize(1);
    assertThat(handler.get(0).path("kind").asText()).isEqualTo("WARNING");
    assertThat(handler.get(0).path("body").asText()).contains(due.toString());
    assertThat(county.notifications(county.head(), number)).hasSize(1);
    assertThat(county.notifications(county.supervisor(), number)).hasSize(1);
    assertThat(county.notifications("supervisor", number)).as("the city's supervisor covers the county").hasSize(1);
    assertThat(county.notifications(county.clerk(), number)).as("not the bureau's step").isEmpty();
    assertThat(county.notifications("handler", number)).as("another unit").isEmpty();

    time.startOf(due.plusDays(1).toString());
    sweep.run();
    List<JsonNode> after = county.notifications(county.handler(), number);
    assertThat(after).extracting(n -> n.path("kind").asText()).containsExactly("OVERDUE", "WARNING");

    long id = after.get(0).path("id").asLong();
    Api.Response read = api.as(county.handler()).post("/api/notifications/" + id + "/read", Map.of());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().path("readAt").isNull()).isFalse();
    assertThat(api.as(county.head()).post("/api/notifications/" + id + "/read", Map.of()).status())
        .as("somebody else's notification").isEqualTo(404);
    assertThat(api.as(county.handler()).get("/api/notifications?unread=true").body().path("content").toString())
        .doesNotContain("\"id\":" + id + ",");
  }

  @Test
  void aFailedWebhookIsRetriedLaterAndSignedWhenItGoesThrough() {
    String secret = "county-webhook-secret-0001";
    Api.Response saved = api.as(county.supervisor()).put("/api/supervision/hooks/" + county.unit(),
        Map.of("webhookUrl", hookUrl(), "webhookSecret", secret));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.body().path("webhookSigned").asBoolean()).isTrue();
    assertThat(saved.body().has("webhookSecret")).as("the secret never goes out").isFalse();

    String number = county.dispatched(time.noonOf("2026-05-04"));
    LocalDate due = LocalDate.parse(matters.deadline(number, "ACCEPTANCE_NOTICE").path("due").asText());
    failuresLeft.set(1);
    time.noonOf(due.minusDays(2).toString());
    sweep.run();

    outbound.deliverDue();
    assertThat(received).isEmpty();
    JsonNode pending = messageFor(number);
    assertThat(pending.path("status").asText()).isEqualTo("PENDING");
    assertThat(pending.path("attempts").asInt()).isEqualTo(1);
    assertThat(pending.path("lastError").asText()).contains("500");

    outbound.deliverDue();
    assertThat(received).as("not before its retry time").isEmpty();
    time.at(due.minusDays(2), java.time.LocalTime.NOON.plusMinutes(2));
    outbound.deliverDue();
    assertThat(received).hasSize(1);
    Delivery delivery = received.get(0);
    assertThat(delivery.body()).contains(number, "\"kind\":\"WARNING\"", county.unit());
    assertThat(delivery.signature()).isEqualTo("sha256=" + WebhookSender.hmac(secret, delivery.body()));
    assertThat(messageFor(number).path("status").asText()).isEqualTo("SENT");
  }

  @Test
  void aUnitsEmailGetsItsNotifications() {
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP);
    mail.start();
    try {
      assertThat(api.as(county.supervisor()).put("/api/supervision/hooks/" + county.unit(),
          Map.of("email", "zhujian@county.example.cn")).status()).isEqualTo(200);
      String number = county.dispatched(time.noonOf("2026-05-04"));
      LocalDate due = LocalDate.parse(matters.deadline(number, "ACCEPTANCE_NOTICE").path("due").asText());
      time.startOf(due.plusDays(1).toString());
      sweep.run();
      outbound.deliverDue();

      MimeMessage[] messages = mail.getReceivedMessages();
      assertThat(messages).hasSize(1);
      assertThat(messages[0].getSubject()).contains("超过法定期限", number);
      assertThat(GreenMailUtil.getBody(messages[0])).isNotBlank();
      assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo("zhujian@county.example.cn");
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    } finally {
      mail.stop();
    }
  }

  @Test
  void badHookSettingsNameTheField() {
    Api.Response url = api.as(county.supervisor()).put("/api/supervision/hooks/" + county.unit(),
        Map.of("webhookUrl", "ftp://example.cn/x"));
    assertThat(url.status()).isEqualTo(400);
    assertThat(url.text("field")).isEqualTo("webhookUrl");
    Api.Response email = api.as(county.supervisor()).put("/api/supervision/hooks/" + county.unit(),
        Map.of("email", "not-an-address"));
    assertThat(email.status()).isEqualTo(400);
    assertThat(email.text("field")).isEqualTo("email");
    Api.Response user = api.as(county.supervisor()).put("/api/supervision/hooks/" + county.unit(),
        Map.of("escalateTo", "nobody-such"));
    assertThat(user.status()).isEqualTo(400);
    assertThat(user.text("field")).isEqualTo("escalateTo");
    assertThat(api.as(county.supervisor()).get("/api/supervision/hooks/" + county.unit()).status())
        .as("nothing stored").isEqualTo(404);
  }

  private JsonNode messageFor(String number) {
    for (JsonNode message : api.as(county.supervisor()).get("/api/supervision/outbound?size=500").body()
        .path("content")) {
      if (message.path("subject").asText().contains(number)) {
        return message;
      }
    }
    throw new AssertionError("no outbound message for " + number);
  }
}
