package org.xinfangflow.reporting;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Installs the reporting projection's history event handler (it hands each event to {@link FactTrigger})
 * as a custom handler beside the engine's default one, which goes on writing the history tables (the
 * rebuild's source). The handler is no bean of its own: the Camunda starter would install a
 * {@code HistoryEventHandler} bean a second time.
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
    handlers.add(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent historyEvent) {
        trigger.handleEvent(historyEvent);
      }

      @Override
      public void handleEvents(List<HistoryEvent> historyEvents) {
        trigger.handleEvents(historyEvents);
      }
    });
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(true);
  }
}
