package org.xinfangflow.supervision;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox to the units' hooks, away from the engine and from any user's request: every
 * {@code xinfang.supervision.outbound-cron}, each due message is leased (so two nodes don't both send it),
 * sent outside any transaction, and marked sent or failed (retried later, doubling the wait).
 */
@Component
class OutboundDispatcher {

  private static final Logger log = LoggerFactory.getLogger(OutboundDispatcher.class);
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final int BATCH = 50;

  private final OutboundMessageRepository messages;
  private final UnitHooks hooks;
  private final WebhookSender webhooks;
  private final MailDelivery mail;
  private final SupervisionProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  OutboundDispatcher(OutboundMessageRepository messages, UnitHooks hooks, WebhookSender webhooks, MailDelivery mail,
      SupervisionProperties properties, TransactionTemplate transactions, Clock clock) {
    this.messages = messages;
    this.hooks = hooks;
    this.webhooks = webhooks;
    this.mail = mail;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(cron = "${xinfang.supervision.outbound-cron}", zone = "Asia/Shanghai")
  void scheduled() {
    deliverDue();
  }

  /** Attempts every message due now; returns how many were sent. */
  public int deliverDue() {
    int sent = 0;
    List<OutboundMessage> due = transactions.execute(tx -> messages.due(clock.instant(), PageRequest.of(0, BATCH)));
    for (OutboundMessage message : due) {
      if (!leased(message)) {
        continue;
      }
      String error = attempt(message);
      transactions.executeWithoutResult(tx -> {
        OutboundMessage stored = messages.findById(message.id()).orElseThrow();
        if (error == null) {
          stored.sent(clock.instant());
        } else {
          stored.failed(error, clock.instant(), properties.outboundFirstRetry(), properties.outboundMaxAttempts());
        }
      });
      sent += error == null ? 1 : 0;
    }
    return sent;
  }

  private boolean leased(OutboundMessage message) {
    Instant until = clock.instant().plus(LEASE);
    return Boolean.TRUE.equals(transactions.execute(tx -> messages.lease(message.id(), message.nextAttemptAt(), until) == 1));
  }

  /** One delivery; the error, or null when it went through. */
  private String attempt(OutboundMessage message) {
    try {
      switch (message.channel()) {
        case WEBHOOK -> webhooks.post(message.target(), message.body(),
            transactions.execute(tx -> hooks.of(message.unitCode()).map(UnitHook::webhookSecret).orElse(null)));
        case EMAIL -> mail.send(message.target(), message.subject(), message.body());
      }
      return null;
    } catch (IOException | RuntimeException e) {
      log.warn("Outbound {} {} to {} failed: {}", message.channel(), message.id(), message.target(), e.getMessage());
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }
}
