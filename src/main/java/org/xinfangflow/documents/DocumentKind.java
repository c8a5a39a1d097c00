package org.xinfangflow.documents;

/** 文书种类 — each kind, its title, the short name in its number, its template file and its article. */
enum DocumentKind {
  /** 受理告知书. */
  ACCEPTANCE_NOTICE("受理告知书", "受理", "acceptance-notice", "《信访工作条例》第二十三条"),
  /** 不予受理告知书. */
  NON_ACCEPTANCE_NOTICE("不予受理告知书", "不予受理", "non-acceptance-notice", "《信访工作条例》第二十三条"),
  /** 延期告知书. */
  EXTENSION_NOTICE("延期告知书", "延期", "extension-notice", "《信访工作条例》第三十四条"),
  /** 信访事项处理意见书. */
  REPLY("信访事项处理意见书", "处理", "reply", "《信访工作条例》第三十二条、第三十四条"),
  /** 复查意见书. */
  REVIEW_OPINION("复查意见书", "复查", "review-opinion", "《信访工作条例》第三十五条"),
  /** 复核意见书. */
  RE_REVIEW_OPINION("复核意见书", "复核", "re-review-opinion", "《信访工作条例》第三十六条"),
  /** 转送单. */
  FORWARD_FORM("信访事项转送单", "转送", "forward-form", "《信访工作条例》第二十二条"),
  /** 交办单. */
  ASSIGN_FORM("信访事项交办单", "交办", "assign-form", "《信访工作条例》第二十二条");

  private final String title;
  private final String shortName;
  private final String templateName;
  private final String article;

  DocumentKind(String title, String shortName, String templateName, String article) {
    this.title = title;
    this.shortName = shortName;
    this.templateName = templateName;
    this.article = article;
  }

  String title() { return title; }
  String shortName() { return shortName; }
  String templateFile() { return templateName + ".txt"; }
  String article() { return article; }
}
