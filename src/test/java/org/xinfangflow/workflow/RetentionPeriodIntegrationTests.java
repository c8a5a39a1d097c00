package org.xinfangflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.IntegrationTest;

/**
 * One period for the engine's history (xinfang.history.retention): a definition deployed under another period
 * — an earlier release's model, an operator's change — is brought back to it when the application starts.
 */
@IntegrationTest
class RetentionPeriodIntegrationTests {

  private final HistoryRetention retention;
  private final RepositoryService repository;

  @Autowired
  RetentionPeriodIntegrationTests(HistoryRetention retention, RepositoryService repository) {
    this.retention = retention;
    this.repository = repository;
  }

  @Test
  void definitionsDeployedUnderAnotherPeriodTakeTheConfiguredOneAtStart() {
    assertThat(retention.days()).isEqualTo(3650);
    ProcessDefinition sponsored = repository.createProcessDefinitionQuery().processDefinitionKey("sponsored-case")
        .latestVersion().singleResult();
    DecisionDefinition route = repository.createDecisionDefinitionQuery().decisionDefinitionKey("dispatch-route")
        .latestVersion().singleResult();
    repository.updateProcessDefinitionHistoryTimeToLive(sponsored.getId(), 7);
    repository.updateDecisionDefinitionHistoryTimeToLive(route.getId(), 5);

    retention.align();

    assertThat(repository.getProcessDefinition(sponsored.getId()).getHistoryTimeToLive()).isEqualTo(3650);
    assertThat(repository.getDecisionDefinition(route.getId()).getHistoryTimeToLive()).isEqualTo(3650);
  }
}
