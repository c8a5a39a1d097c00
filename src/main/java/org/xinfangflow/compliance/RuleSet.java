package org.xinfangflow.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 规则集 — every rule: the clock table (DMN), the Java rules, and the breaches refused up front. */
@Component
class RuleSet {

  private final DeadlineRules deadlineRules;
  private final List<MatterRule> matterRules;
  private final PreventedBreaches prevented;

  RuleSet(DeadlineRules deadlineRules, List<MatterRule> matterRules, PreventedBreaches prevented) {
    this.deadlineRules = deadlineRules;
    this.matterRules = matterRules;
    this.prevented = prevented;
  }

  /** What the detecting rules find on a matter now. */
  List<Breach> check(MatterFacts facts) {
    List<Breach> breaches = new ArrayList<>(deadlineRules.check(facts));
    matterRules.forEach(rule -> breaches.addAll(rule.check(facts)));
    return breaches;
  }

  /** Every rule by code, in family order. */
  Map<String, RuleDefinition> catalog() {
    List<RuleDefinition> all = new ArrayList<>(deadlineRules.definitions());
    matterRules.forEach(rule -> all.addAll(rule.definitions()));
    all.addAll(prevented.definitions());
    Map<String, RuleDefinition> catalog = new LinkedHashMap<>();
    all.stream().sorted(java.util.Comparator.comparing(RuleDefinition::family).thenComparing(RuleDefinition::code))
        .forEach(rule -> catalog.put(rule.code(), rule));
    return catalog;
  }
}
