package org.xinfangflow.documents;

import org.xinfangflow.handling.ReplyOutcome;
import org.xinfangflow.petition.Classification;
import org.xinfangflow.review.ReviewOutcome;

/** The Chinese words a document uses for stored codes. */
final class Labels {

  private Labels() {
  }

  /** Art. 32. */
  static String outcome(ReplyOutcome outcome) {
    return switch (outcome) {
      case SUPPORT -> "支持";
      case EXPLAIN -> "解释说明";
      case NOT_SUPPORT -> "不予支持";
    };
  }

  static String outcome(ReviewOutcome outcome) {
    return switch (outcome) {
      case UPHOLD -> "维持原处理意见";
      case CHANGE -> "变更原处理意见";
      case REVOKE -> "撤销原处理意见，责令重新处理";
    };
  }

  static String classification(Classification classification) {
    if (classification == null) {
      return "";
    }
    return switch (classification) {
      case SUGGESTION -> "建议意见类";
      case ACCUSATION -> "检举控告类";
      case CLAIM -> "申诉求决类";
      case CLAIM_LEGAL_CHANNEL -> "申诉求决类（有法定途径）";
      case LITIGATION -> "涉法涉诉类";
    };
  }
}
