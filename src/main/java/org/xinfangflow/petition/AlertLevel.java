package org.xinfangflow.petition;

/**
 * 预警级别 — how far a running clock has gone, in order: nothing yet, a warning before the first end
 * (local target or statutory), the local target missed, the statutory limit passed.
 */
public enum AlertLevel {
  NONE, WARNING, TARGET_MISSED, OVERDUE;

  /** What users read. */
  public String label() {
    return switch (this) {
      case NONE -> "正常";
      case WARNING -> "临期预警";
      case TARGET_MISSED -> "超出本地时限目标";
      case OVERDUE -> "超过法定期限";
    };
  }
}
