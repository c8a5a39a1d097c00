package org.xinfangflow.review;

/** 复查/复核结论. */
public enum ReviewOutcome {
  /** 维持原处理意见. */ UPHOLD,
  /** 变更. */ CHANGE,
  /** 撤销并责令重新处理. */ REVOKE
}
