package org.xinfangflow.compliance;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * 应受理未受理: a unit refused a matter without a lawful reason — the reason names no article and no
 * lawful ground (another legal channel, already closed by 复核, not the unit's remit, in progress).
 */
@Component
class NonAcceptanceWithoutReason implements MatterRule {

  private static final Pattern LAWFUL_GROUND = Pattern.compile(
      "第[一二三四五六七八九十百零〇0-9]+条|法定途径|诉讼|仲裁|行政复议|复核|终结|不属于|职责|正在办理|已经受理|已受理|重复");

  private static final RuleDefinition RULE = new RuleDefinition("NON_ACCEPTANCE_WITHOUT_REASON",
      Family.SHOULD_ACCEPT, "《信访工作条例》第二十二条、第二十三条", Severity.MEDIUM,
      "不予受理未说明法定理由（未援引条款或法定情形）", false, RuleDefinition.Mode.DETECTS,
      "compliance/NonAcceptanceWithoutReason.java");

  @Override
  public List<RuleDefinition> definitions() {
    return List.of(RULE);
  }

  @Override
  public List<Breach> check(MatterFacts facts) {
    return facts.timeline("不予受理").stream()
        .filter(entry -> !LAWFUL_GROUND.matcher(entry.detail()).find())
        .map(entry -> new Breach(RULE, "%s 不予受理：%s".formatted(entry.at(), entry.detail())))
        .limit(1)
        .toList();
  }
}
