package org.xinfangflow.workflow;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.petition.PetitionRegistered;

/** Starts the statutory lifecycle of a newly registered matter, in the registering transaction. */
@Component
class LifecycleStarter {

  static final String PROCESS_KEY = "petition-lifecycle";

  private final RuntimeService runtime;

  LifecycleStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(PetitionRegistered registered) {
    String receivedOn = registered.receivedAt().atZone(Beijing.ZONE).toLocalDate().toString();
    runtime.startProcessInstanceByKey(PROCESS_KEY, registered.number(), Map.of("receivedOn", receivedOn));
  }
}
