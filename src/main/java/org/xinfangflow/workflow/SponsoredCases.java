package org.xinfangflow.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领导包案 in the engine — the supervision module's way to put a sponsored case on record where the
 * reporting projection reads everything from: each sponsorship is one small instance of
 * {@code processes/sponsored-case.bpmn} (business key {@code SP-<id>}, variables {@code matter},
 * {@code sponsor}, {@code assignedOn}), which ends when the outcome ({@code outcome}, {@code outcomeOn}) is
 * recorded. A matter's own lifecycle may long have ended (a matter closed by 复核 is sponsored all the same),
 * so the sponsorship does not live on it.
 */
@Service
@Transactional
public class SponsoredCases {

  static final String PROCESS_KEY = "sponsored-case";
  private static final String WAITING = "await_outcome";

  private final RuntimeService runtime;

  SponsoredCases(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** A leader now sponsors the matter. */
  public void sponsored(long sponsorshipId, String number, String sponsor, LocalDate assignedOn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("sponsorshipId", sponsorshipId);
    variables.put("matter", number);
    variables.put("sponsor", sponsor);
    variables.put("assignedOn", assignedOn.toString());
    runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(sponsorshipId), variables);
  }

  /**
   * The sponsorship ended with this outcome (实体性化解 or 程序性终结) on this day. A sponsorship recorded
   * before sponsored cases went into the engine gets its instance now, from what it says of itself.
   */
  public void concluded(long sponsorshipId, String number, String sponsor, LocalDate assignedOn, String outcome,
      LocalDate on) {
    Execution waiting = waiting(sponsorshipId);
    if (waiting == null) {
      sponsored(sponsorshipId, number, sponsor, assignedOn);
      waiting = waiting(sponsorshipId);
    }
    runtime.setVariables(waiting.getProcessInstanceId(), Map.of("outcome", outcome, "outcomeOn", on.toString()));
    runtime.signal(waiting.getId());
  }

  private Execution waiting(long sponsorshipId) {
    return runtime.createExecutionQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(businessKey(sponsorshipId)).activityId(WAITING).singleResult();
  }

  private static String businessKey(long sponsorshipId) {
    return "SP-" + sponsorshipId;
  }
}
