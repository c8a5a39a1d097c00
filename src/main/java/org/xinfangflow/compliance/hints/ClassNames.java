package org.xinfangflow.compliance.hints;

import org.xinfangflow.petition.Classification;

/** The Chinese names of the classes, for the reasons the clerk reads. */
final class ClassNames {

  private ClassNames() {
  }

  static String of(Classification classification) {
    return switch (classification) {
      case SUGGESTION -> "建议意见";
      case ACCUSATION -> "检举控告";
      case CLAIM -> "申诉求决（无其他法定途径）";
      case CLAIM_LEGAL_CHANNEL -> "申诉求决（有法定途径）";
      case LITIGATION -> "涉法涉诉";
    };
  }
}
