package org.xinfangflow.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.RepeatRegistered;

/**
 * 重复信访 — records a repeat petition (Art. 19) on the running lifecycle of the matter it repeats, as the
 * process variable {@code repeat:<number>} = {@code receivedOn TAB channel TAB registeringUnit TAB category},
 * so the engine's history holds every petition and the reporting projection can be rebuilt from it.
 */
@Component
class RepeatLinks {

  /** The prefix of the variables that record repeats. */
  static final String PREFIX = "repeat:";

  private static final Logger log = LoggerFactory.getLogger(RepeatLinks.class);

  private final RuntimeService runtime;
  private final UserDirectory directory;

  RepeatLinks(RuntimeService runtime, UserDirectory directory) {
    this.runtime = runtime;
    this.directory = directory;
  }

  @EventListener
  void on(RepeatRegistered repeat) {
    ProcessInstance original = runtime.createProcessInstanceQuery()
        .processDefinitionKey(LifecycleStarter.PROCESS_KEY).processInstanceBusinessKey(repeat.original())
        .singleResult();
    if (original == null) {
      log.warn("Repeat {} of {}: the original has no running lifecycle, not recorded", repeat.number(),
          repeat.original());
      return;
    }
    String value = String.join("\t", repeat.receivedAt().atZone(Beijing.ZONE).toLocalDate().toString(),
        repeat.channel().name(), directory.unitOf(repeat.registeredBy()).orElse(""),
        repeat.category().replaceAll("[\\t\\r\\n]", " "));
    runtime.setVariable(original.getId(), PREFIX + repeat.number(), value);
  }
}
