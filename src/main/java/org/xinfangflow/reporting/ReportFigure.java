package org.xinfangflow.reporting;

import java.util.List;

/**
 * 指标定义 — the eight figures of DOMAIN.md §6: the name the API gives each, its Chinese name, what its
 * numerator and its denominator count, and the article behind it; then the rules every figure follows. The
 * one source of the definitions the exports print (指标说明) and the web page shows; docs/reporting.md
 * carries the same table, which {@code FigureDefinitionsDocumentedTests} keeps equal to this one.
 */
enum ReportFigure {

  TIMELY_ACCEPTANCE("timelyAcceptance", "及时受理率",
      "在受理告知期限最后一日前（含当日）书面告知受理或者不予受理的事项数",
      "应当书面告知的事项数：已交办责任单位、信访人姓名（名称）和住址清楚、责任单位未提出异议，且已作出决定的；"
          + "加上尚未决定但已过告知期限的",
      "《信访工作条例》第二十三条"),
  ON_TIME_COMPLETION("onTimeCompletion", "按期办结率",
      "在办理期限（含批准的延期）最后一日前（含当日）送达信访处理意见书的事项数",
      "已办结（处理意见书已送达）的事项数，加上已受理、已过办理期限仍未送达处理意见书的事项数",
      "《信访工作条例》第三十四条"),
  SATISFACTION("satisfaction", "满意率",
      "评价为“满意”或“基本满意”的事项数",
      "已评价的事项数",
      "《信访工作条例》第二十一条"),
  PARTICIPATION("participation", "参评率",
      "已评价的事项数",
      "已评价的事项数，加上评价期限届满仍未评价的事项数",
      "《信访工作条例》第二十一条；评价期限为产品设定（默认30日）"),
  REPEAT_RATE("repeatRate", "重复信访率",
      "重复信访件数（同一事项正在办理期间再次登记的信访件）",
      "登记的全部信访件数（含重复件），即登记数",
      "《信访工作条例》第十九条"),
  FIRST_TIME_RESOLUTION("firstTimeResolution", "一次性化解率",
      "已办结的首次信访事项中，没有重复信访、没有申请复查、且评价为“满意”或“基本满意”的事项数",
      "已办结的首次信访事项数（不含重复件）",
      "《信访工作条例》第十九条、第三十五条"),
  ROUTING_RATE("routingRate", "依法分类导入率",
      "分类为有法定途径的事项中，已导入法定途径的事项数",
      "分类为“申诉求决（有法定途径）”或“涉法涉诉”的事项数",
      "《信访工作条例》第二十二条、第二十八条、第三十一条第（一）至（五）项"),
  SPONSORED_RESOLUTION("sponsoredResolution", "化解率（领导包案）",
      "已有化解结果（实体性化解或程序性终结）的包案数",
      "统计期间内交办的包案数",
      "产品定义（DOMAIN.md §5、§6）");

  /** One rule every figure follows: what it is about, and the rule. */
  record Rule(String topic, String text) {
  }

  /** 统计口径 — how matters are counted into a period, a jurisdiction and a figure. */
  static final List<Rule> RULES = List.of(
      new Rule("统计期间", "信访件按收到之日（北京时间）计入统计期间，包案按交办之日计入；起止日均含在内。"),
      new Rule("辖区", "责任单位或登记单位是辖区单位或其下级单位的信访件计入该辖区；包案随其信访事项的单位计入。"),
      new Rule("按单位", "每个单位一行，包含其全部下级单位（市一行含其下各县），因此各行相加不等于合计。"),
      new Rule("统计日", "期限以统计日判断：已过期限最后一日仍未告知、仍未办结的事项计入分母，不计入分子。"),
      new Rule("比率", "分子 ÷ 分母，四舍五入保留四位小数（0.6667 即 66.67%）；分母为 0 时比率为空。"),
      new Rule("同比", "与上年同期（提前一年的同一起止日）比较：登记数的增减与增减率，各项比率的变化（百分点）。"),
      new Rule("数据来源", "统计投影（由流程引擎的历史记录派生，可用 --rebuild-reporting 从历史记录重建），不取自其他数据。"),
      new Rule("事项清单", "每件一行；各指标的“分子”“分母”列为 1 表示该件计入，列合计等于“总体”表的分子、分母。"
          + "不含信访人姓名、身份证号码、电话、住址等个人信息。"));

  private final String key;
  private final String label;
  private final String numerator;
  private final String denominator;
  private final String basis;

  ReportFigure(String key, String label, String numerator, String denominator, String basis) {
    this.key = key;
    this.label = label;
    this.numerator = numerator;
    this.denominator = denominator;
    this.basis = basis;
  }

  /** The figure's name in the API ({@code figures.timelyAcceptance}). */
  String key() {
    return key;
  }

  String label() {
    return label;
  }

  String numerator() {
    return numerator;
  }

  String denominator() {
    return denominator;
  }

  String basis() {
    return basis;
  }

  /** Whether a matter counts in it; otherwise a sponsored case does (化解率). */
  boolean ofMatters() {
    return this != SPONSORED_RESOLUTION;
  }
}
