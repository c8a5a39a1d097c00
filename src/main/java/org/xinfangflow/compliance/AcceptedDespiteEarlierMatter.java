package org.xinfangflow.compliance;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 不应受理而受理: a unit accepted a matter although the same petitioner's earlier matter in the same
 * category was closed by 复核 (Art. 36: not accepted again) or is still being handled (Art. 19).
 * Registration refuses the same content outright; this catches the same grievance in new words.
 */
@Component
class AcceptedDespiteEarlierMatter implements MatterRule {

  static final RuleDefinition AFTER_FINALITY = new RuleDefinition("ACCEPTED_AFTER_FINALITY",
      Family.SHOULD_NOT_ACCEPT, "《信访工作条例》第三十六条", Severity.HIGH,
      "同一信访人同类事项已复核终结，又予受理", false, RuleDefinition.Mode.DETECTS,
      "compliance/AcceptedDespiteEarlierMatter.java");

  static final RuleDefinition WHILE_IN_PROGRESS = new RuleDefinition("ACCEPTED_WHILE_IN_PROGRESS",
      Family.SHOULD_NOT_ACCEPT, "《信访工作条例》第十九条", Severity.MEDIUM,
      "同一信访人同类事项正在办理期限内，又予受理", false, RuleDefinition.Mode.DETECTS,
      "compliance/AcceptedDespiteEarlierMatter.java");

  @Override
  public List<RuleDefinition> definitions() {
    return List.of(AFTER_FINALITY, WHILE_IN_PROGRESS);
  }

  @Override
  public List<Breach> check(MatterFacts facts) {
    if (!facts.accepted()) {
      return List.of();
    }
    List<Breach> breaches = new ArrayList<>();
    if (!facts.finalEarlier().isEmpty()) {
      breaches.add(new Breach(AFTER_FINALITY, "已复核终结的同类事项：" + String.join("、", facts.finalEarlier())
          + "；本事项 " + facts.timeline("受理").get(0).at() + " 受理"));
    }
    if (!facts.inProgressEarlier().isEmpty()) {
      breaches.add(new Breach(WHILE_IN_PROGRESS, "正在办理的同类事项：" + String.join("、", facts.inProgressEarlier())
          + "；本事项 " + facts.timeline("受理").get(0).at() + " 受理"));
    }
    return breaches;
  }
}
