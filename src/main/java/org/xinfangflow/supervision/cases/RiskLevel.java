package org.xinfangflow.supervision.cases;

/** 风险等级 — how likely a petitioner is to escalate (DOMAIN.md §5, risk ledgers). */
enum RiskLevel {
  /** 高风险. */
  HIGH,
  /** 中风险. */
  MEDIUM,
  /** 低风险. */
  LOW
}
