package org.xinfangflow.reporting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 统计事件处理 — what the history event handler installed beside the engine's own (which keeps writing
 * the history tables) does with each event. It notes which process instances of the lifecycle and of sponsored cases moved in
 * this transaction: started or ended, an activity ended, a variable (a date, a limit, an outcome) was set.
 * Just before the transaction commits — once the engine has flushed its history rows — it has the
 * {@link ProjectionWriter} compute their facts from that history, in the same transaction: a matter's
 * facts are written, or not, together with the step that changed them.
 */
@Component
class FactTrigger {

  private static final Logger log = LoggerFactory.getLogger(FactTrigger.class);
  private static final Set<String> PROCESSES = Set.of(FactFunctions.LIFECYCLE, FactFunctions.SPONSORED_CASE);

  private final ObjectProvider<ProjectionWriter> writer;

  FactTrigger(ObjectProvider<ProjectionWriter> writer) {
    this.writer = writer;
  }

  /** A history event of the engine (see {@link ReportingEnginePlugin}). */
  void handleEvent(HistoryEvent event) {
    if (event.getProcessInstanceId() == null || !concerns(event)) {
      return;
    }
    if (event.getProcessDefinitionKey() != null && !PROCESSES.contains(event.getProcessDefinitionKey())) {
      return;
    }
    pending().add(event.getProcessInstanceId());
  }

  void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private static boolean concerns(HistoryEvent event) {
    if (event instanceof HistoricActivityInstanceEventEntity) {
      return HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName().equals(event.getEventType());
    }
    return event instanceof HistoricProcessInstanceEventEntity || event instanceof HistoricVariableUpdateEventEntity;
  }

  /** The instances noted in this transaction; the first note registers the write before commit. */
  @SuppressWarnings("unchecked")
  private Set<String> pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      log.warn("History event outside a transaction: the reporting projection is brought up to date by "
          + "--rebuild-reporting");
      return new LinkedHashSet<>();
    }
    Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Set<String> fresh = new LinkedHashSet<>();
      TransactionSynchronizationManager.bindResource(this, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          writer.getObject().refresh(List.copyOf(fresh));
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(FactTrigger.this);
        }
      });
      pending = fresh;
    }
    return pending;
  }
}
