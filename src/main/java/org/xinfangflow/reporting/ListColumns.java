package org.xinfangflow.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * 清单列 — the columns of the lists behind the counts (事项清单, 包案清单), the same in the XLSX sheets and
 * the CSV files: what the projection knows of each matter, in Chinese, then for each figure whether the
 * matter is in its numerator and in its denominator (1 or 0, so a column adds up to the figure). No personal
 * data: the projection holds none (no petitioner's name, ID number, phone or address).
 */
final class ListColumns {

  /** A column: its header, its value for one item (text, a number, or null for an empty cell), and whether its
   *  texts are all different (matter numbers: written inline, not into the workbook's table of repeated texts). */
  record Column<T>(String header, Function<T, Object> value, boolean distinct) {
  }

  /** A matter and where it counts. */
  record MatterLine(MatterFact matter, Counting counting) {
  }

  /** A sponsored case and where it counts. */
  record SponsorshipLine(SponsorshipFact sponsorship, Counting counting) {
  }

  private ListColumns() {
  }

  static List<Column<MatterLine>> matters(UnitChains units) {
    List<Column<MatterLine>> columns = new ArrayList<>();
    columns.add(new Column<>("事项编号", l -> l.matter().number(), true));
    columns.add(new Column<>("重复件所属事项", l -> l.matter().repeatOf(), true));
    columns.add(matter("收到日期", m -> day(m.receivedOn())));
    columns.add(matter("信访形式", m -> FactLabels.channel(m.channel())));
    columns.add(matter("类别", MatterFact::category));
    columns.add(matter("登记单位编码", MatterFact::registeringUnit));
    columns.add(matter("登记单位", m -> name(units, m.registeringUnit())));
    columns.add(matter("责任单位编码", MatterFact::handlingUnit));
    columns.add(matter("责任单位", m -> name(units, m.handlingUnit())));
    columns.add(matter("分类", m -> FactLabels.classification(m.classification())));
    columns.add(matter("去向", m -> FactLabels.route(m.route())));
    columns.add(matter("受理决定", m -> FactLabels.decision(m.acceptanceDecision())));
    columns.add(matter("告知期限最后一日", m -> day(m.acceptanceDue())));
    columns.add(matter("告知日期", m -> day(m.notifiedOn())));
    columns.add(new Column<>("是否及时告知", l -> yesNo(l.counting(), ReportFigure.TIMELY_ACCEPTANCE), false));
    columns.add(matter("办理期限最后一日（含延期）", m -> day(m.handlingDue())));
    columns.add(matter("延期天数", m -> m.extensionDays() == 0 ? null : m.extensionDays()));
    columns.add(matter("办结日期", m -> day(m.concludedOn())));
    columns.add(new Column<>("是否按期办结", l -> yesNo(l.counting(), ReportFigure.ON_TIME_COMPLETION), false));
    columns.add(matter("评价", m -> FactLabels.evaluation(m.evaluation())));
    columns.add(matter("评价期满未评价", m -> m.evaluationExpired() && m.evaluation() == null ? "是" : null));
    columns.add(matter("申请复查日期", m -> day(m.reviewRequestedOn())));
    columns.add(matter("申请复核日期", m -> day(m.reReviewRequestedOn())));
    columns.add(matter("重复信访次数", MatterFact::repeatCount));
    columns.add(matter("结果", m -> FactLabels.outcome(m.outcome())));
    for (ReportFigure figure : ReportFigure.values()) {
      if (figure.ofMatters()) {
        columns.add(new Column<>(figure.label() + "（分子）", l -> l.counting().inNumerator(figure) ? 1 : 0, false));
        columns.add(new Column<>(figure.label() + "（分母）", l -> l.counting().inDenominator(figure) ? 1 : 0, false));
      }
    }
    return columns;
  }

  static List<Column<SponsorshipLine>> sponsorships() {
    ReportFigure figure = ReportFigure.SPONSORED_RESOLUTION;
    return List.of(
        new Column<>("包案编号", l -> l.sponsorship().sponsorshipId(), false),
        new Column<>("事项编号", l -> l.sponsorship().matterNumber(), true),
        new Column<>("交办日期", l -> day(l.sponsorship().assignedOn()), false),
        new Column<>("化解结果", l -> FactLabels.outcome(l.sponsorship().outcome()), false),
        new Column<>("结果日期", l -> day(l.sponsorship().outcomeOn()), false),
        new Column<>(figure.label() + "（分子）", l -> l.counting().inNumerator(figure) ? 1 : 0, false),
        new Column<>(figure.label() + "（分母）", l -> l.counting().inDenominator(figure) ? 1 : 0, false));
  }

  static List<String> headers(List<? extends Column<?>> columns) {
    return columns.stream().map(Column::header).toList();
  }

  private static Column<MatterLine> matter(String header, Function<MatterFact, Object> value) {
    return new Column<>(header, l -> value.apply(l.matter()), false);
  }

  /** 是 when in the figure's numerator, 否 when only in its denominator, nothing when in neither. */
  private static String yesNo(Counting counting, ReportFigure figure) {
    return counting.inNumerator(figure) ? "是" : counting.inDenominator(figure) ? "否" : null;
  }

  private static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static String name(UnitChains units, String unit) {
    return unit == null ? null : units.name(unit);
  }
}
