package org.xinfangflow.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 历史保存期限 — one period for the engine's history: {@code xinfang.history.retention} (the engine's
 * {@code history-time-to-live}, 10 years by default). The models carry none of their own, so each definition
 * takes the period when it is deployed; at start, definitions deployed under an earlier period (every version,
 * processes and decision tables) are brought to the current one, so changing the property changes the time to
 * live of every matter that ends from then on.
 */
@Component
class HistoryRetention {

  private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

  private final ProcessEngine engine;

  HistoryRetention(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The configured period in days. */
  int days() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return ParseUtil.parseHistoryTimeToLive(configuration.getHistoryTimeToLive());
  }

  @EventListener(ApplicationReadyEvent.class)
  void align() {
    int days = days();
    RepositoryService repository = engine.getRepositoryService();
    int changed = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
        changed += update(definition.getKey(), () -> repository.updateProcessDefinitionHistoryTimeToLive(
            definition.getId(), days));
      }
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
        changed += update(definition.getKey(), () -> repository.updateDecisionDefinitionHistoryTimeToLive(
            definition.getId(), days));
      }
    }
    if (changed > 0) {
      log.info("History time to live set to {} days on {} deployed definitions", days, changed);
    }
  }

  /** Another node starting at the same moment may have done it first: that is as good. */
  private static int update(String key, Runnable update) {
    try {
      update.run();
      return 1;
    } catch (ProcessEngineException e) {
      log.warn("History time to live of {} not updated: {}", key, e.getMessage());
      return 0;
    }
  }
}
