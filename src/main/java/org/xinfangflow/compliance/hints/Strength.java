package org.xinfangflow.compliance.hints;

/** 提示强度 — a strong hint is one whose overriding is recorded on the matter's timeline. */
public enum Strength {
  /** 强提示. */ STRONG,
  /** 弱提示. */ WEAK
}
