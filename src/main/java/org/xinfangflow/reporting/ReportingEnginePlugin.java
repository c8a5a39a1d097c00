package org.xinfangflow.reporting;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Installs the reporting projection's {@link FactTrigger} as a custom history event handler, beside the
 * engine's default one, which goes on writing the history tables (the rebuild's source).
 */
@Component
class ReportingEnginePlugin extends AbstractProcessEnginePlugin {

  private final FactTrigger trigger;

  ReportingEnginePlugin(FactTrigger trigger) {
    this.trigger = trigger;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(trigger);
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(true);
  }
}
