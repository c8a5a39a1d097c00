package org.xinfangflow.compliance;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xinfangflow.petition.Classification;
import org.xinfangflow.petition.DispatchAction;

/**
 * 应导入未导入: a matter whose category has a legal channel (litigation, arbitration, administrative
 * reconsideration …, configured in {@code xinfang.compliance.legal-channel-categories}) was classified
 * as a plain claim or suggestion and kept in the petition procedure (Art. 31(1)-(5), Art. 22/28).
 * The dispatch table already refuses a legal-channel class kept in the procedure; this catches the
 * class chosen wrongly. Put right when the matter is dispatched into its legal channel.
 */
@Component
class LegalChannelKept implements MatterRule {

  private static final RuleDefinition RULE = new RuleDefinition("LEGAL_CHANNEL_KEPT", Family.SHOULD_ROUTE,
      "《信访工作条例》第三十一条第（一）至（五）项", Severity.HIGH,
      "属于法定途径的事项未导入法定程序，仍按信访程序办理", true, RuleDefinition.Mode.DETECTS,
      "compliance/LegalChannelKept.java + xinfang.compliance.legal-channel-categories");

  private final Set<String> legalChannelCategories;

  LegalChannelKept(@Value("${xinfang.compliance.legal-channel-categories}") Set<String> legalChannelCategories) {
    this.legalChannelCategories = Set.copyOf(legalChannelCategories);
  }

  @Override
  public List<RuleDefinition> definitions() {
    return List.of(RULE);
  }

  @Override
  public List<Breach> check(MatterFacts facts) {
    var matter = facts.matter();
    boolean kept = (matter.classification() == Classification.CLAIM
        || matter.classification() == Classification.SUGGESTION)
        && (matter.action() == DispatchAction.FORWARD || matter.action() == DispatchAction.ASSIGN);
    if (!kept || !legalChannelCategories.contains(matter.category())) {
      return List.of();
    }
    return List.of(new Breach(RULE, "类别「%s」有法定途径，却按 %s / %s 交由 %s 以信访程序办理".formatted(
        matter.category(), matter.classification(), matter.action(), matter.unit())));
  }
}
