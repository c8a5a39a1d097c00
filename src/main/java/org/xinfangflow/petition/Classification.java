package org.xinfangflow.petition;

/** 依法分类 — the class of a matter (DOMAIN.md §2). */
public enum Classification {
  /** 建议意见, Art. 29. */ SUGGESTION,
  /** 检举控告, Art. 30. */ ACCUSATION,
  /** 申诉求决，无其他法定途径, Art. 31(6). */ CLAIM,
  /** 申诉求决，有法定途径, Art. 31(1)-(5). */ CLAIM_LEGAL_CHANNEL,
  /** 涉法涉诉, Art. 22, 28. */ LITIGATION
}
