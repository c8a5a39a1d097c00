package org.xinfangflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfangflow.petition.PetitionService;

/** Keeps the matter's open steps and current step as the engine creates and ends user tasks. */
@Component
class OpenStepTracker {

  private final PetitionService petitions;

  OpenStepTracker(PetitionService petitions) {
    this.petitions = petitions;
  }

  @EventListener
  public void onTaskEvent(DelegateTask task) {
    Step.ofTaskKey(task.getTaskDefinitionKey()).ifPresent(step -> {
      String number = task.getExecution().getProcessBusinessKey();
      switch (task.getEventName()) {
        case TaskListener.EVENTNAME_CREATE -> petitions.stepOpened(number, step.name());
        case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> petitions.stepClosed(number, step.name());
        default -> { }
      }
    });
  }
}
