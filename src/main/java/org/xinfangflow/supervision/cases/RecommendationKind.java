package org.xinfangflow.supervision.cases;

/** 三项建议 — the three kinds of recommendation letter (DOMAIN.md §5). */
enum RecommendationKind {
  /** 改进工作建议. */
  IMPROVE_WORK("改进工作建议书"),
  /** 完善政策建议. */
  IMPROVE_POLICY("完善政策建议书"),
  /** 追究责任建议. */
  HOLD_ACCOUNTABLE("追究责任建议书");

  private final String title;

  RecommendationKind(String title) {
    this.title = title;
  }

  String title() {
    return title;
  }
}
