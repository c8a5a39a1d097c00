package org.xinfangflow.supervision;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xinfangflow.petition.RaisedAlert;

/**
 * 超期 — {@code xinfang.deadlines.breached{step, clock}}: each clock that passes its statutory limit
 * ({@code STATUTORY}) or misses its local target ({@code LOCAL_TARGET}), counted once per breach when the sweep
 * raises it and its transaction commits. Every raise is claimed by one node, so a cluster counts each breach
 * once; a sweep that finds a clock past both ends at once counts both.
 */
@Component
class BreachMetrics {

  static final String BREACHED = "xinfang.deadlines.breached";

  private final MeterRegistry registry;

  BreachMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @TransactionalEventListener
  void on(RaisedAlert alert) {
    if (alert.missesLocalTarget()) {
      counter(alert, AlertView.Breach.LOCAL_TARGET).increment();
    }
    if (alert.breachesStatutoryLimit()) {
      counter(alert, AlertView.Breach.STATUTORY).increment();
    }
  }

  private Counter counter(RaisedAlert alert, AlertView.Breach clock) {
    return Counter.builder(BREACHED).description("Clocks past their statutory limit or local target")
        .tag("step", alert.step().name()).tag("clock", clock.name()).register(registry);
  }
}
