package org.xinfangflow.compliance.hints;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The rule table as deployed in the engine: the latest version of {@code classification-hints}. A new
 * version deployed (Cockpit, REST, or the next release) is picked up on the next hint, without a restart.
 */
@Component
class DeployedRuleTable {

  private final RepositoryService repository;
  private volatile Loaded loaded;

  DeployedRuleTable(RepositoryService repository) {
    this.repository = repository;
  }

  RuleTable current() {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(RuleTable.DECISION_KEY).latestVersion().singleResult();
    if (latest == null) {
      throw new IllegalStateException("Decision " + RuleTable.DECISION_KEY + " is not deployed");
    }
    Loaded cached = loaded;
    if (cached == null || !cached.definitionId().equals(latest.getId())) {
      String version = "classification-hints v" + latest.getVersion()
          + (latest.getVersionTag() == null ? "" : " (" + latest.getVersionTag() + ")");
      try (InputStream model = repository.getDecisionModel(latest.getId())) {
        cached = new Loaded(latest.getId(), RuleTable.parse(model, version));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      loaded = cached;
    }
    return cached.table();
  }

  private record Loaded(String definitionId, RuleTable table) {
  }
}
