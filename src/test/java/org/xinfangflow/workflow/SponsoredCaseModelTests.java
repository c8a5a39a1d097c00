package org.xinfangflow.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code processes/sponsored-case.bpmn} (领导包案) on a bare in-memory engine. */
class SponsoredCaseModelTests {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
      .configurationResource("model-engine.cfg.xml").build();

  private String deploymentId;

  @BeforeEach
  void deploy(ProcessEngine engine) {
    BpmnAwareTests.init(engine);
    deploymentId = engine.getRepositoryService().createDeployment()
        .addClasspathResource("processes/sponsored-case.bpmn").deploy().getId();
  }

  @AfterEach
  void undeploy(ProcessEngine engine) {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void aSponsoredCaseWaitsForItsOutcomeAndEndsWhenItIsRecorded() {
    ProcessInstance sponsored = runtimeService().startProcessInstanceByKey(SponsoredCases.PROCESS_KEY, "SP-1",
        withVariables("matter", "XF-2026-000001", "sponsor", "leader", "assignedOn", "2026-03-02"));
    assertThat(sponsored).isWaitingAt("await_outcome");
    String waiting = runtimeService().createExecutionQuery().processInstanceId(sponsored.getId())
        .activityId("await_outcome").singleResult().getId();
    runtimeService().setVariables(sponsored.getId(), withVariables("outcome", "CLOSED_BY_PROCEDURE",
        "outcomeOn", "2026-04-01"));
    runtimeService().signal(waiting);
    assertThat(sponsored).hasPassedInOrder("sponsored", "await_outcome", "concluded").isEnded();
  }
}
