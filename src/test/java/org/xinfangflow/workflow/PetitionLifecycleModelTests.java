package org.xinfangflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path of {@code processes/petition-lifecycle.bpmn} on a bare in-memory engine: gateways,
 * loops, and each timer executed explicitly. The real clocks are tested with the application
 * (StatutoryClocksIntegrationTests); here {@code clocks} and {@code lifecycle} are fakes.
 */
class PetitionLifecycleModelTests {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
      .configurationResource("model-engine.cfg.xml").build();

  private final ModelFakes.Clocks clocks = new ModelFakes.Clocks();
  private final ModelFakes.Lifecycle lifecycle = new ModelFakes.Lifecycle();
  private ProcessInstance matter;
  private String deploymentId;

  @BeforeEach
  void start(ProcessEngine engine) {
    BpmnAwareTests.init(engine);
    deploymentId = engine.getRepositoryService().createDeployment()
        .addClasspathResource("processes/petition-lifecycle.bpmn").deploy().getId();
    Mocks.register("clocks", clocks);
    Mocks.register("lifecycle", lifecycle);
    matter = runtimeService().startProcessInstanceByKey("petition-lifecycle", "XF-2026-000001",
        withVariables("receivedOn", "2026-03-02"));
    assertThat(matter).isStarted();
  }

  @AfterEach
  void reset(ProcessEngine engine) {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
    Mocks.reset();
    ClockUtil.reset();
  }

  // ---- Dispose ----

  @ParameterizedTest(name = "route {0} ends at {1} with {2}")
  @CsvSource({"ROUTED, routed, ROUTED", "GUIDED, guided, GUIDED", "NOT_ACCEPTED, not_accepted_by_bureau, NOT_ACCEPTED"})
  void aRouteOutOfThePetitionProcedureEndsTheMatter(String route, String end, String status) {
    assertThat(matter).isWaitingAt("dispose");
    complete(task(), withVariables("route", route, "classification", "CLAIM_LEGAL_CHANNEL", "unit", ""));
    assertThat(matter).hasPassed(end).isEnded();
    assertThat(lifecycle.statuses).containsExactly("REGISTERED", status);
  }

  @Test
  void warningAndOverdueTimersMarkTheClockAndTheMatterWaitsOn() {
    execute(job("dispose_warning"));
    execute(job("dispose_overdue"));
    assertThat(clocks.marks).containsExactly("start DISPOSE from receivedOn", "warn DISPOSE", "overdue DISPOSE");
    assertThat(matter).isWaitingAt("dispose");
  }

  // ---- Acceptance ----

  @Test
  void theUnitsGroupGetsTheTaskAndAllThreeClocksRun() {
    dispatchToUnit();
    assertThat(matter).isWaitingAt("decide_acceptance");
    assertThat(task()).hasCandidateGroup("U-HOUSING");
    assertThat(clocks.marks).contains("start ACCEPTANCE_NOTICE from dispatchedOn", "start OBJECTION from dispatchedOn");
    execute(job("acceptance_warning"));
    execute(job("acceptance_overdue"));
    execute(job("objection_window_end"));
    assertThat(clocks.marks).contains("warn ACCEPTANCE_NOTICE", "overdue ACCEPTANCE_NOTICE", "expire OBJECTION");
    assertThat(matter).isWaitingAt("decide_acceptance");
  }

  @Test
  void notAcceptedEndsTheMatter() {
    dispatchToUnit();
    complete(task(), withVariables("acceptanceDecision", "NOT_ACCEPT", "acceptedOn", "2026-03-03", "objectedOn", ""));
    assertThat(matter).hasPassed("not_accepted_by_unit").isEnded();
    assertThat(lifecycle.statuses).endsWith("NOT_ACCEPTED");
  }

  @Test
  void anObjectionSendsTheMatterBackToTheBureauWithAFreshDisposeClock() {
    dispatchToUnit();
    complete(task(), withVariables("acceptanceDecision", "OBJECT", "acceptedOn", "", "objectedOn", "2026-03-04"));
    assertThat(matter).hasPassed("start_redispose_clock").isWaitingAt("dispose");
    assertThat(clocks.marks).contains("start DISPOSE from objectedOn");
    assertThat(lifecycle.statuses).endsWith("REGISTERED");
  }

  // ---- Reply ----

  @Test
  void draftReviewSignPrecheckDeliver() {
    dispatchToUnit();
    accept();
    assertThat(matter).isWaitingAt("draft_reply");
    assertThat(lifecycle.statuses).endsWith("ACCEPTED");
    complete(task());
    complete(task(), withVariables("approved", true));
    assertThat(task()).hasCandidateGroup("U-HOUSING-head");
    complete(task(), withVariables("approved", true));
    assertThat(task()).hasCandidateGroup("reviewer");
    complete(task(), withVariables("approved", true));
    assertThat(matter).isWaitingAt("deliver_reply");
    complete(task(), withVariables("deliveredOn", "2026-04-01"));
    assertThat(matter).hasPassedInOrder("draft_reply", "review_reply", "sign_reply", "precheck_reply", "deliver_reply",
        "reply_delivered", "reviewable", "windows_open");
    assertThat(matter).isWaitingAt("evaluate", "request_review");
  }

  @ParameterizedTest(name = "rejected at {0}")
  @CsvSource({"review_reply, 0", "sign_reply, 1", "precheck_reply, 2"})
  void aRejectionAtAnyReviewReturnsToTheDrafter(String gate, int approvalsBefore) {
    dispatchToUnit();
    accept();
    complete(task());
    for (int i = 0; i < approvalsBefore; i++) {
      complete(task(), withVariables("approved", true));
    }
    assertThat(matter).isWaitingAt(gate);
    complete(task(), withVariables("approved", false));
    assertThat(matter).isWaitingAt("draft_reply");
  }

  @Test
  void handlingTimersMarkTheClockWithoutInterrupting() {
    dispatchToUnit();
    accept();
    execute(job("handling_warning"));
    execute(job("handling_overdue"));
    assertThat(clocks.marks).contains("warn HANDLING", "overdue HANDLING");
    assertThat(matter).isWaitingAt("draft_reply");
  }

  // ---- AfterTheReply ----

  @Test
  void aSuggestionIsEvaluatedAndClosed() {
    replied("SUGGESTION");
    assertThat(matter).isWaitingAt("evaluate_suggestion");
    complete(task(), withVariables("evaluation", "SATISFIED"));
    assertThat(matter).hasPassed("suggestion_closed").isEnded();
    assertThat(lifecycle.statuses).endsWith("REPLIED", "CLOSED");
  }

  @Test
  void aSuggestionNotEvaluatedInTimeIsClosed() {
    replied("SUGGESTION");
    execute(job("suggestion_evaluation_window_end"));
    assertThat(matter).hasPassed("suggestion_closed_unevaluated").isEnded();
    assertThat(clocks.marks).contains("expire EVALUATION_WINDOW");
  }

  @Test
  void aClaimWithoutReviewRequestClosesWhenTheWindowEnds() {
    replied("CLAIM");
    complete(task("evaluate"), withVariables("evaluation", "SATISFIED"));
    execute(job("review_window_end"));
    assertThat(matter).hasPassed("evaluated", "closed_without_review").isEnded();
    assertThat(lifecycle.statuses).endsWith("CLOSED");
  }

  @Test
  void anEvaluationWindowRunsOutWhileTheReviewGoesOn() {
    replied("CLAIM");
    execute(job("evaluation_window_end"));
    assertThat(matter).hasPassed("not_evaluated").isWaitingAt("request_review");
  }

  @Test
  void reviewThenNoReReviewCloses() {
    replied("CLAIM");
    complete(task("request_review"), withVariables("reviewRequestedOn", "2026-04-10"));
    assertThat(matter).isWaitingAt("review_opinion", "evaluate");
    execute(job("review_warning"));
    execute(job("review_overdue"));
    complete(task("review_opinion"), withVariables("reviewDeliveredOn", "2026-05-01"));
    assertThat(matter).isWaitingAt("request_re_review");
    execute(job("re_review_window_end"));
    assertThat(matter).hasPassed("closed_after_review");
    assertThat(clocks.marks).contains("warn REVIEW_OPINION", "overdue REVIEW_OPINION",
        "expire RE_REVIEW_REQUEST_WINDOW");
  }

  @Test
  void reReviewEndsFinal() {
    replied("CLAIM");
    complete(task("evaluate"), withVariables("evaluation", "DISSATISFIED"));
    complete(task("request_review"), withVariables("reviewRequestedOn", "2026-04-10"));
    complete(task("review_opinion"), withVariables("reviewDeliveredOn", "2026-05-01"));
    complete(task("request_re_review"), withVariables("reReviewRequestedOn", "2026-05-10"));
    assertThat(matter).isWaitingAt("re_review_opinion");
    execute(job("re_review_warning"));
    execute(job("re_review_overdue"));
    complete(task("re_review_opinion"), withVariables("reReviewDeliveredOn", "2026-06-01"));
    assertThat(matter).hasPassed("final").isEnded();
    assertThat(lifecycle.statuses).endsWith("UNDER_REVIEW", "REPLIED", "UNDER_RE_REVIEW", "FINAL");
    assertThat(clocks.marks).contains("warn RE_REVIEW_OPINION", "overdue RE_REVIEW_OPINION");
  }

  private void replied(String classification) {
    runtimeService().setVariable(matter.getId(), "classification", classification);
    dispatchToUnit();
    accept();
    complete(task());
    complete(task(), withVariables("approved", true));
    complete(task(), withVariables("approved", true));
    complete(task(), withVariables("approved", true));
    complete(task(), withVariables("deliveredOn", "2026-04-01"));
  }

  private void dispatchToUnit() {
    String classification = (String) runtimeService().getVariable(matter.getId(), "classification");
    complete(task(), withVariables("route", "HANDLE", "classification",
        classification == null ? "CLAIM" : classification, "unit", "U-HOUSING", "dispatchedOn", "2026-03-03"));
  }

  private void accept() {
    complete(task(), withVariables("acceptanceDecision", "ACCEPT", "acceptedOn", "2026-03-05", "objectedOn", ""));
  }
}
