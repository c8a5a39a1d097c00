package org.xinfangflow.supervision;

/** What a notification is about. */
enum NotificationKind {
  /** 临期预警 */ WARNING,
  /** 超出本地时限目标 */ TARGET_MISSED,
  /** 超期 */ OVERDUE,
  /** 催督办 */ URGING,
  /** 督办升级 */ ESCALATION
}
