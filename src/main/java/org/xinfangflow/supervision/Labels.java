package org.xinfangflow.supervision;

import org.xinfangflow.petition.ClockStep;

/** The names users know the steps and clocks by. */
final class Labels {

  private Labels() {
  }

  /** The open step ({@code Step} name as the matter stores it). */
  static String node(String step) {
    if (step == null) {
      return null;
    }
    return switch (step) {
      case "DISPOSE" -> "依法分类处理";
      case "ACCEPTANCE" -> "受理审查";
      case "REPLY_DRAFT" -> "拟写处理意见";
      case "REPLY_REVIEW" -> "复审（双审）";
      case "REPLY_SIGN" -> "签发（双签）";
      case "REPLY_PRECHECK" -> "答复预审";
      case "REPLY_DELIVERY" -> "送达处理意见书";
      case "EVALUATION" -> "满意度评价";
      case "REVIEW_REQUEST" -> "复查申请期间";
      case "REVIEW_OPINION" -> "复查意见";
      case "RE_REVIEW_REQUEST" -> "复核申请期间";
      case "RE_REVIEW_OPINION" -> "复核意见";
      default -> step;
    };
  }

  static String clock(ClockStep step) {
    return switch (step) {
      case DISPOSE -> "依法分类处理时限";
      case ACCEPTANCE_NOTICE -> "受理告知时限";
      case OBJECTION -> "异议期间";
      case HANDLING -> "办理时限";
      case EVALUATION_WINDOW -> "评价期间";
      case REVIEW_REQUEST_WINDOW -> "复查申请期间";
      case REVIEW_OPINION -> "复查意见时限";
      case RE_REVIEW_REQUEST_WINDOW -> "复核申请期间";
      case RE_REVIEW_OPINION -> "复核意见时限";
    };
  }
}
