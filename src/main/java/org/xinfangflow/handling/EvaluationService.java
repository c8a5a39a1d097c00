package org.xinfangflow.handling;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.petition.ClockStep;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.workflow.DeadlineClocks;
import org.xinfangflow.workflow.LifecycleSteps;
import org.xinfangflow.workflow.Step;

/** 评价 (Art. 21): recorded by a clerk on the petitioner's behalf while the window is open. */
@Service
class EvaluationService {

  private final UnitAccess access;
  private final LifecycleSteps steps;
  private final DeadlineClocks clocks;
  private final PetitionService petitions;
  private final EvaluationRepository evaluations;
  private final Clock clock;

  EvaluationService(UnitAccess access, LifecycleSteps steps, DeadlineClocks clocks, PetitionService petitions,
      EvaluationRepository evaluations, Clock clock) {
    this.access = access;
    this.steps = steps;
    this.clocks = clocks;
    this.petitions = petitions;
    this.evaluations = evaluations;
    this.clock = clock;
  }

  @Transactional
  public void evaluate(String number, EvaluationRequest request) {
    var acting = access.bureau(number);
    steps.requireOpen(number, Step.EVALUATION);
    evaluations.saveAndFlush(new Evaluation(number, request.result(), acting.user().username(), clock.instant()));
    clocks.meet(number, ClockStep.EVALUATION_WINDOW, clock.instant());
    petitions.record(number, acting.user().username(), "评价", request.result().name());
    steps.complete(number, Step.EVALUATION, Map.of("evaluation", request.result().name()));
  }
}
