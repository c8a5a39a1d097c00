package org.xinfangflow.workflow;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A step is done only through the application, which checks the input, applies the Regulations and
 * writes the audit trail. Tasklist and {@code /engine-rest} show tasks and let candidates claim them,
 * but completing one there is refused (403): those requests run with an engine authentication, the
 * application's own commands and timers without one.
 */
@Component
class StepsOnlyThroughTheApplication {

  private final IdentityService identity;

  StepsOnlyThroughTheApplication(IdentityService identity) {
    this.identity = identity;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
  public void onComplete(DelegateTask task) {
    if (identity.getCurrentAuthentication() != null) {
      throw new AuthorizationException("「" + task.getName() + "」须在信访系统中办理：办理内容经校验并记入审计日志后，步骤才会完成");
    }
  }
}
