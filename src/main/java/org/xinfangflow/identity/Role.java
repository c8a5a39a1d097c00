package org.xinfangflow.identity;

/** 角色 — what a user may do. */
public enum Role {
  /** 登记员 — registers and dispatches matters, records petitioners' requests. */
  CLERK,
  /** 责任单位经办人 — accepts, handles and drafts replies for their unit. */
  HANDLER,
  /** 责任单位负责人 — approves extensions and signs replies. */
  HEAD,
  /** 信访部门审核 — pre-reviews replies and handles 复查/复核. */
  REVIEWER,
  /** 督查督办 — watches deadlines and urges units. */
  SUPERVISOR,
  /** 审计/统计 — reads figures and exports. */
  AUDITOR,
  /** 系统管理员. */
  ADMIN;

  /** The role's name in Chinese, as users know it. */
  public String label() {
    return switch (this) {
      case CLERK -> "登记员";
      case HANDLER -> "责任单位经办人";
      case HEAD -> "责任单位负责人";
      case REVIEWER -> "信访部门审核";
      case SUPERVISOR -> "督查督办";
      case AUDITOR -> "审计统计";
      case ADMIN -> "系统管理员";
    };
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
