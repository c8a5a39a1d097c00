package org.xinfangflow.supervision.bulletin;

/** Where a bulletin's problem comes from: a 四应四不 finding, or a statutory clock that ran out. */
enum ProblemSource {
  /** 不规范办理 — a compliance finding; reference: the finding's id. */
  FINDING("不规范办理"),
  /** 超期 — an overdue statutory clock; reference: the clock's id. */
  OVERDUE("超期办理");

  private final String label;

  ProblemSource(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
