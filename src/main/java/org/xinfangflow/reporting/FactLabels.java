package org.xinfangflow.reporting;

import java.util.Map;

/**
 * The Chinese words for the codes the fact rows hold (信访形式, 分类, 去向, 受理决定, 评价, 结果): what the
 * reports and the exports show. An unknown code is shown as it is.
 */
final class FactLabels {

  private static final Map<String, String> CHANNELS = Map.of("VISIT", "来访", "LETTER", "来信", "ONLINE", "网上投诉",
      "PHONE", "电话", "MAILBOX", "领导信箱");
  private static final Map<String, String> CLASSES = Map.of("SUGGESTION", "建议意见", "ACCUSATION", "检举控告",
      "CLAIM", "申诉求决（无其他法定途径）", "CLAIM_LEGAL_CHANNEL", "申诉求决（有法定途径）", "LITIGATION", "涉法涉诉");
  private static final Map<String, String> ROUTES = Map.of("HANDLE", "交办责任单位办理", "ROUTED", "导入法定途径",
      "GUIDED", "引导至其他途径", "NOT_ACCEPTED", "不予受理");
  private static final Map<String, String> DECISIONS = Map.of("ACCEPT", "受理", "NOT_ACCEPT", "不予受理",
      "OBJECT", "提出异议", "PENDING", "尚未决定");
  private static final Map<String, String> EVALUATIONS = Map.of("SATISFIED", "满意", "BASICALLY_SATISFIED", "基本满意",
      "DISSATISFIED", "不满意");
  private static final Map<String, String> OUTCOMES = Map.of("ROUTED", "导入法定途径", "GUIDED", "引导至其他途径",
      "NOT_ACCEPTED", "不予受理", "CLOSED", "办结", "FINAL", "复核终结", "REPEAT", "重复件（随原事项）",
      "RESOLVED_IN_SUBSTANCE", "实体性化解", "CLOSED_BY_PROCEDURE", "程序性终结");

  private FactLabels() {
  }

  static String channel(String code) {
    return label(CHANNELS, code);
  }

  static String classification(String code) {
    return label(CLASSES, code);
  }

  static String route(String code) {
    return label(ROUTES, code);
  }

  static String decision(String code) {
    return label(DECISIONS, code);
  }

  static String evaluation(String code) {
    return label(EVALUATIONS, code);
  }

  /** How a matter ended (办结, 复核终结, …), or a sponsored case's outcome (实体性化解, 程序性终结). */
  static String outcome(String code) {
    return label(OUTCOMES, code);
  }

  private static String label(Map<String, String> labels, String code) {
    return code == null ? null : labels.getOrDefault(code, code);
  }
}
