package org.xinfangflow.compliance;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The items of DOMAIN.md §4 the application refuses up front, so that no finding is ever needed:
 * listed with the rest of the rule set so supervisors see the whole of it, each naming where it is
 * enforced (and tested).
 */
@Component
class PreventedBreaches {

  private static final RuleDefinition.Mode PREVENTS = RuleDefinition.Mode.PREVENTS;

  List<RuleDefinition> definitions() {
    return List.of(
        new RuleDefinition("LEGAL_CHANNEL_CLASS_KEPT", Family.SHOULD_ROUTE, "《信访工作条例》第二十二条、第二十八条、第三十一条",
            Severity.HIGH, "已有法定途径的申诉求决、涉法涉诉事项不得转送交办按信访程序办理（分类处理时拒绝）", false, PREVENTS,
            "processes/dispatch-route.dmn (DispatchRoutesIntegrationTests)"),
        new RuleDefinition("EXTENSION_IRREGULAR", Family.SHOULD_HANDLE, "《信访工作条例》第三十四条", Severity.HIGH,
            "延期须经单位负责人批准、不超过30日、仅一次（办理延期时拒绝）", false, PREVENTS,
            "handling/ExtensionService (ExtensionIntegrationTests)"),
        new RuleDefinition("REPLY_WITHOUT_DOUBLE_REVIEW", Family.SHOULD_HANDLE, "双审双签（办理规范）", Severity.MEDIUM,
            "答复须经另一经办人审核、单位负责人签发（流程强制，未审签不能送达）", false, PREVENTS,
            "processes/petition-lifecycle.bpmn (ReplyIntegrationTests)"),
        new RuleDefinition("REPLY_WITHOUT_PRECHECK", Family.SHOULD_HANDLE, "答复预审（办理规范）", Severity.MEDIUM,
            "答复须经信访部门预审后方可送达（流程强制）", false, PREVENTS,
            "processes/petition-lifecycle.bpmn (ReplyIntegrationTests)"),
        new RuleDefinition("REPLY_MISSING_ELEMENTS", Family.SHOULD_HANDLE, "《信访工作条例》第三十二条、第三十四条、第三十五条",
            Severity.HIGH, "处理意见书缺少法定要素（事实、依据、处理结论、复查权利及期限和机关）或日期编号不一致，不得签发",
            false, PREVENTS, "compliance/ReplyDocumentCheck (ReplyDocumentCheckIntegrationTests)"),
        new RuleDefinition("FINAL_MATTER_REGISTERED_AGAIN", Family.SHOULD_NOT_ACCEPT, "《信访工作条例》第三十六条",
            Severity.HIGH, "同一事实和理由已复核终结的，不再受理（登记时拒绝）", false, PREVENTS,
            "petition/RegistrationService (RegistrationIntegrationTests)"),
        new RuleDefinition("REPEAT_WHILE_IN_PROGRESS", Family.SHOULD_NOT_ACCEPT, "《信访工作条例》第十九条", Severity.MEDIUM,
            "办理期限内的同一事项不另行受理：作为重复信访关联到原事项（登记时处理）", false, PREVENTS,
            "petition/RegistrationService (RegistrationIntegrationTests)"));
  }
}
