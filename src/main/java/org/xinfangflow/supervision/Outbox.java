package org.xinfangflow.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.xinfangflow.calendar.Beijing;
import org.springframework.transaction.annotation.Transactional;

/** Puts a notification on the way to a unit's hooks, in the caller's transaction: it goes only if that commits. */
@Service
@Transactional
class Outbox {

  private final OutboundMessageRepository messages;
  private final UnitHooks hooks;
  private final Clock clock;
  private final ObjectMapper json;

  Outbox(OutboundMessageRepository messages, UnitHooks hooks, Clock clock, ObjectMapper json) {
    this.json = json;
    this.messages = messages;
    this.hooks = hooks;
    this.clock = clock;
  }

  void enqueue(String unit, NotificationKind kind, String number, String title, String body) {
    hooks.of(unit).ifPresent(hook -> {
      if (hook.webhookUrl() != null) {
        messages.save(new OutboundMessage(unit, OutboundMessage.Channel.WEBHOOK, hook.webhookUrl(), title,
            payload(unit, kind, number, title, body), clock.instant()));
      }
      if (hook.email() != null) {
        messages.save(new OutboundMessage(unit, OutboundMessage.Channel.EMAIL, hook.email(), title, body,
            clock.instant()));
      }
    });
  }

  /** What a webhook receives: {@code kind, number, unit, title, body, at}. */
  private String payload(String unit, NotificationKind kind, String number, String title, String body) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("kind", kind.name());
    payload.put("number", number);
    payload.put("unit", unit);
    payload.put("title", title);
    payload.put("body", body);
    payload.put("at", OffsetDateTime.ofInstant(clock.instant(), Beijing.ZONE).toString());
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
