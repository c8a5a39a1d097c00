package org.xinfangflow.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import org.xinfangflow.petition.DeadlineView;

/**
 * The clock rules: each statutory clock that ran out is looked up in the
 * {@code compliance-deadline-rules} table (processes/compliance-deadline-rules.dmn), which says
 * which rule it breaks.
 */
@Component
class DeadlineRules {

  static final String DECISION = "compliance-deadline-rules";

  private final DecisionService decisions;
  private final RepositoryService repository;

  DeadlineRules(DecisionService decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  List<Breach> check(MatterFacts facts) {
    List<Breach> breaches = new ArrayList<>();
    for (DeadlineView deadline : facts.latestDeadlines()) {
      String state = stateOf(deadline);
      if (state == null) {
        continue;
      }
      DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION,
          Map.of("step", deadline.step().name(), "state", state)).getFirstResult();
      if (row != null) {
        breaches.add(new Breach(definition(row), evidence(deadline, state, facts)));
      }
    }
    return breaches;
  }

  /** Every rule of the table, for the rule listing. */
  List<RuleDefinition> definitions() {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .latestVersion().singleResult();
    List<RuleDefinition> rules = new ArrayList<>();
    var model = repository.getDmnModelInstance(latest.getId());
    model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class).forEach(rule -> {
      var out = rule.getOutputEntries().stream().map(e -> e.getTextContent().replace("\"", "")).toList();
      rules.add(new RuleDefinition(out.get(0), Family.valueOf(out.get(1)), out.get(2), Severity.valueOf(out.get(3)),
          out.get(4), Boolean.parseBoolean(out.get(5)), RuleDefinition.Mode.DETECTS,
          "processes/compliance-deadline-rules.dmn"));
    });
    return rules;
  }

  private static String stateOf(DeadlineView deadline) {
    if (deadline.met() != null) {
      return null;
    }
    if (deadline.expired()) {
      return "EXPIRED";
    }
    return deadline.overdue() ? "OVERDUE" : null;
  }

  private static RuleDefinition definition(DmnDecisionRuleResult row) {
    return new RuleDefinition(row.getEntry("code"), Family.valueOf(row.getEntry("family")), row.getEntry("article"),
        Severity.valueOf(row.getEntry("severity")), row.getEntry("message"), row.<Boolean>getEntry("resolvesItself"),
        RuleDefinition.Mode.DETECTS, "processes/compliance-deadline-rules.dmn");
  }

  private static String evidence(DeadlineView deadline, String state, MatterFacts facts) {
    long late = java.time.temporal.ChronoUnit.DAYS.between(deadline.due(), facts.today());
    return "EXPIRED".equals(state)
        ? "%s：%s 起算，期限至 %s，期满未办理（%s）".formatted(deadline.step(), deadline.start(), deadline.due(),
            deadline.rule())
        : "%s：%s 起算，期限至 %s，已逾期 %d 日未办结（%s）".formatted(deadline.step(), deadline.start(), deadline.due(),
            late, deadline.rule());
  }
}
