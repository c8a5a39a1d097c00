package org.xinfangflow.compliance;

/** The families of DOMAIN.md §4 (四应四不, and 不应受理而受理). */
public enum Family {
  /** 应受理未受理. */
  SHOULD_ACCEPT("应受理未受理"),
  /** 应导入未导入. */
  SHOULD_ROUTE("应导入未导入"),
  /** 应办理未办好 / 办理不规范. */
  SHOULD_HANDLE("应办理未办好"),
  /** 应答复未答复. */
  SHOULD_ANSWER("应答复未答复"),
  /** 不应受理而受理. */
  SHOULD_NOT_ACCEPT("不应受理而受理");

  private final String label;

  Family(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
