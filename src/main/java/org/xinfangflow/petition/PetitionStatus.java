package org.xinfangflow.petition;

import java.util.EnumSet;
import java.util.Set;

/** 事项状态 — where a matter stands (API.md); kept in step with the process by the workflow module. */
public enum PetitionStatus {
  /** 已登记，待依法分类处理. */ REGISTERED,
  /** 已转送/交办，待受理. */ DISPATCHED,
  /** 已导入法定途径、转纪检监察或政法部门. */ ROUTED,
  /** 已告知向有关机关提出. */ GUIDED,
  /** 不予受理. */ NOT_ACCEPTED,
  /** 已受理，办理中. */ ACCEPTED,
  /** 已送达答复，评价与复查申请期间. */ REPLIED,
  /** 复查中. */ UNDER_REVIEW,
  /** 复核中. */ UNDER_RE_REVIEW,
  /** 期间届满未申请，办结. */ CLOSED,
  /** 复核终结，不再受理. */ FINAL,
  /** 重复信访，已关联到办理中的事项 (Art. 19). */ REPEAT;

  private static final Set<PetitionStatus> IN_PROGRESS =
      EnumSet.of(REGISTERED, DISPATCHED, ACCEPTED, REPLIED, UNDER_REVIEW, UNDER_RE_REVIEW);

  /** Accepted or being handled: a new matter with the same content is a repeat, not a new case. */
  public boolean inProgress() {
    return IN_PROGRESS.contains(this);
  }
}
