package org.xinfangflow.workflow;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.xinfangflow.petition.Classification;
import org.xinfangflow.petition.DispatchAction;

/**
 * 依法分类去向 — asks the {@code dispatch-route} decision table (processes/dispatch-route.dmn)
 * whether an action fits a class, where the matter goes, and under which article.
 */
@Service
public class DispatchRoutes {

  private final DecisionService decisions;

  DispatchRoutes(DecisionService decisions) {
    this.decisions = decisions;
  }

  public RouteDecision decide(Classification classification, DispatchAction action) {
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("dispatch-route",
            Map.of("classification", classification.name(), "action", action.name()))
        .getSingleResult();
    if (result == null) {
      return new RouteDecision(false, null, "《信访工作条例》第三十一条", "类别与处理方式不相符");
    }
    return new RouteDecision(Boolean.TRUE.equals(result.get("allowed")), (String) result.get("route"),
        "《信访工作条例》" + result.get("article"), (String) result.get("reason"));
  }

  /** The table's answer: allowed or not, route (HANDLE, ROUTED, GUIDED, NOT_ACCEPTED), article, reason. */
  public record RouteDecision(boolean allowed, String route, String article, String reason) {
  }
}
