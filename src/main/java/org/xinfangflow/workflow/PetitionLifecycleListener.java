package org.xinfangflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionStatus;

/** Called from the model as {@code lifecycle}: keeps the matter's status in step with the engine. */
@Component("lifecycle")
public class PetitionLifecycleListener {

  private final PetitionService petitions;

  PetitionLifecycleListener(PetitionService petitions) {
    this.petitions = petitions;
  }

  public void status(DelegateExecution execution, String status) {
    PetitionStatus next = PetitionStatus.valueOf(status);
    String number = execution.getProcessBusinessKey();
    if (petitions.get(number).status() != next) {
      petitions.moveTo(number, next);
      petitions.record(number, "system", "状态", next.name());
    }
  }
}
