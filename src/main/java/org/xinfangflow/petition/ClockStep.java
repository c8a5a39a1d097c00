package org.xinfangflow.petition;

/** 时限环节 — a step whose statutory clock is tracked (API.md {@code deadlines[].step}). */
public enum ClockStep {
  /** 依法分类、转送交办 — 15 days, Art. 22. */ DISPOSE(false),
  /** 受理告知 — 15 days, Art. 23. */ ACCEPTANCE_NOTICE(false),
  /** 异议 — 5 working days, Art. 23: a window the unit may use. */ OBJECTION(true),
  /** 办理 — 60 days (+30 once), Art. 34. */ HANDLING(false),
  /** 评价 — configurable window, Art. 21. */ EVALUATION_WINDOW(true),
  /** 复查申请 — 30 days, Art. 35. */ REVIEW_REQUEST_WINDOW(true),
  /** 复查意见 — 30 days, Art. 35. */ REVIEW_OPINION(false),
  /** 复核申请 — 30 days, Art. 36. */ RE_REVIEW_REQUEST_WINDOW(true),
  /** 复核意见 — 30 days, hearings excluded, Art. 36. */ RE_REVIEW_OPINION(false);

  private final boolean window;

  ClockStep(boolean window) {
    this.window = window;
  }

  /** The petition department (the registering bureau) answers for this clock, not the handling unit. */
  public boolean isBureauStep() {
    return this == DISPOSE || this == EVALUATION_WINDOW || this == REVIEW_REQUEST_WINDOW || this == REVIEW_OPINION
        || this == RE_REVIEW_REQUEST_WINDOW || this == RE_REVIEW_OPINION;
  }

  /** Somebody in the application must act before this clock ends (not the petitioner's own window). */
  public boolean isWatched() {
    return this != REVIEW_REQUEST_WINDOW && this != RE_REVIEW_REQUEST_WINDOW;
  }

  /** A window is the petitioner's or unit's time to act: it expires instead of going overdue. */
  public boolean isWindow() {
    return window;
  }
}
