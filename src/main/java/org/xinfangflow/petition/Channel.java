package org.xinfangflow.petition;

/** 信访形式 — how a matter reached the bureau. */
public enum Channel {
  /** 来访. */ VISIT,
  /** 来信. */ LETTER,
  /** 网上投诉. */ ONLINE,
  /** 电话. */ PHONE,
  /** 领导信箱. */ MAILBOX
}
