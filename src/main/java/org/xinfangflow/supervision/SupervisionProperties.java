package org.xinfangflow.supervision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 督查督办设置 (product decisions): {@code escalateAfterDays} — an urged matter still overdue this many
 * days after the urging goes to the supervisor's superior; {@code sweepBatch} — clocks per transaction
 * when alerts are raised; {@code outboundMaxAttempts} and {@code outboundFirstRetry} — a hook delivery
 * is retried after the first wait, doubling, until the attempts run out; {@code webhookTimeout}; and the
 * sender address of e-mails ({@code mailFrom}; the server is Spring's {@code spring.mail.*}).
 */
@ConfigurationProperties("xinfang.supervision")
record SupervisionProperties(Integer escalateAfterDays, Integer sweepBatch, Integer outboundMaxAttempts,
    Duration outboundFirstRetry, Duration webhookTimeout, String mailFrom) {

  SupervisionProperties {
    escalateAfterDays = escalateAfterDays == null ? 5 : escalateAfterDays;
    sweepBatch = sweepBatch == null ? 500 : sweepBatch;
    outboundMaxAttempts = outboundMaxAttempts == null ? 8 : outboundMaxAttempts;
    outboundFirstRetry = outboundFirstRetry == null ? Duration.ofMinutes(1) : outboundFirstRetry;
    webhookTimeout = webhookTimeout == null ? Duration.ofSeconds(10) : webhookTimeout;
    mailFrom = mailFrom == null || mailFrom.isBlank() ? "xinfang-flow@localhost" : mailFrom;
  }
}
