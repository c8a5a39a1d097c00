package org.xinfangflow.handling;

/** 处理意见 — the outcome a reply must state (Art. 32). */
public enum ReplyOutcome {
  /** 支持. */ SUPPORT,
  /** 解释说明. */ EXPLAIN,
  /** 不予支持. */ NOT_SUPPORT
}
