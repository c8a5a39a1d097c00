package org.xinfangflow.workflow;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.PetitionRegistered;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionSnapshot;

/** Starts the statutory lifecycle of a newly registered matter, in the registering transaction. */
@Component
class LifecycleStarter {

  static final String PROCESS_KEY = "petition-lifecycle";

  private final RuntimeService runtime;
  private final EngineAccess access;
  private final UserDirectory directory;
  private final PetitionService petitions;

  LifecycleStarter(RuntimeService runtime, EngineAccess access, UserDirectory directory, PetitionService petitions) {
    this.runtime = runtime;
    this.access = access;
    this.directory = directory;
    this.petitions = petitions;
  }

  @EventListener
  void on(PetitionRegistered registered) {
    String receivedOn = registered.receivedAt().atZone(Beijing.ZONE).toLocalDate().toString();
    String registeringUnit = directory.unitOf(registered.registeredBy()).orElse(null);
    Map<String, Object> variables = new HashMap<>();
    variables.put("receivedOn", receivedOn);
    variables.put(EngineAccess.REGISTERING_UNIT, registeringUnit);
    // what the reporting projection counts by (channel, category) and whether a written notice is owed (Art. 23)
    PetitionSnapshot matter = petitions.get(registered.number());
    variables.put("channel", matter.channel().name());
    variables.put("category", matter.category());
    variables.put("noticeOwed", matter.petitionerReachable());
    var instance = runtime.startProcessInstanceByKey(PROCESS_KEY, registered.number(), variables);
    access.registeredBy(instance.getId(), registeringUnit);
  }
}
