package org.xinfangflow.workflow;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 环节办结量 — {@code xinfang.steps.completed{step}}: each user task of a {@link Step} completed, counted from the
 * engine's own task events once the transaction that completed it has committed. A task that ends without
 * being completed (a window ran out, the matter moved on) is not counted. Every step is registered at start,
 * at zero.
 */
@Component
class StepMetrics {

  static final String COMPLETED = "xinfang.steps.completed";

  private final MeterRegistry registry;

  StepMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (Step step : Step.values()) {
      counter(step);
    }
  }

  /** The engine's immutable copy of a task event (camunda.bpm.eventing.task), after commit. */
  @TransactionalEventListener
  void on(TaskEvent task) {
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Step.ofTaskKey(task.getTaskDefinitionKey()).ifPresent(step -> counter(step).increment());
    }
  }

  private Counter counter(Step step) {
    return Counter.builder(COMPLETED).description("User tasks completed, by step").tag("step", step.name())
        .register(registry);
  }
}
