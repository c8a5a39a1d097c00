package org.xinfangflow.compliance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 合规问题数 — {@code xinfang.compliance.findings{rule}}: each finding opened, by rule code, counted once the
 * transaction that opened it has committed. Every detecting rule is registered at start, at zero.
 */
@Component
class FindingMetrics {

  static final String FINDINGS = "xinfang.compliance.findings";

  private final MeterRegistry registry;
  private final RuleSet rules;

  FindingMetrics(MeterRegistry registry, RuleSet rules) {
    this.registry = registry;
    this.rules = rules;
  }

  /** The detecting rules read from the deployed tables: once the engine has deployed them. */
  @EventListener(ApplicationReadyEvent.class)
  void registerRules() {
    rules.catalog().values().stream().filter(rule -> rule.mode() == RuleDefinition.Mode.DETECTS)
        .forEach(rule -> counter(rule.code()));
  }

  /** A finding of this rule was opened in the current transaction. */
  void opened(String rule) {
    Counter counter = counter(rule);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      counter.increment();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        counter.increment();
      }
    });
  }

  private Counter counter(String rule) {
    return Counter.builder(FINDINGS).description("Compliance findings opened, by rule").tag("rule", rule)
        .register(registry);
  }
}
