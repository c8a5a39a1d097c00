package org.xinfangflow.reporting;

import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** The small sheets of the report workbook: the figures overall and by breakdown, 同比, 指标说明. */
final class ReportSheets {

  private static final List<String> FIGURE_COLUMNS = List.of("指标", "字段", "分子", "分母", "比率");

  private ReportSheets() {
  }

  /** 总体: what the report covers, then each figure with numerator, denominator and rate. */
  static void overall(Worksheet sheet, ReportView view) {
    sheet.value(0, 0, view.jurisdictionName() + "信访工作统计");
    sheet.style(0, 0).bold().fontSize(14).set();
    String[][] about = {
        {"辖区", view.jurisdictionName() + "（" + view.jurisdiction() + "）"},
        {"统计期间", view.from() + " 至 " + view.to()},
        {"统计日", view.asOf() + "（期限以此日判断）"},
        {"登记数", null}};
    for (int i = 0; i < about.length; i++) {
      sheet.value(1 + i, 0, about[i][0]);
      sheet.style(1 + i, 0).bold().set();
      if (about[i][1] != null) {
        sheet.value(1 + i, 1, about[i][1]);
      }
    }
    sheet.value(4, 1, view.totals().registered());
    ReportWorkbook.header(sheet, 6, FIGURE_COLUMNS);
    int row = 7;
    for (ReportFigure figure : ReportFigure.values()) {
      Figure value = view.figures().get(figure);
      sheet.value(row, 0, figure.label());
      sheet.value(row, 1, figure.key());
      sheet.value(row, 2, value.numerator());
      sheet.value(row, 3, value.denominator());
      ReportWorkbook.rate(sheet, row, 4, value.rate());
      row++;
    }
    sheet.width(0, 20);
    sheet.width(1, 30);
  }

  /**
   * One breakdown: the key (and its name where it has one), 登记数, then for each figure three columns under
   * its name, 分子, 分母, 比率.
   */
  static void breakdown(Worksheet sheet, String keyTitle, String nameTitle, List<ReportView.Row> rows) {
    int first = nameTitle == null ? 1 : 2;
    sheet.value(0, 0, keyTitle);
    if (nameTitle != null) {
      sheet.value(0, 1, nameTitle);
    }
    sheet.value(0, first, "登记数");
    for (int c = 0; c <= first; c++) {
      sheet.range(0, c, 1, c).merge();
      sheet.style(0, c).bold().fillColor(ReportWorkbook.HEADER_FILL).set();
      sheet.style(1, c).fillColor(ReportWorkbook.HEADER_FILL).set();
    }
    ReportFigure[] figures = ReportFigure.values();
    for (int f = 0; f < figures.length; f++) {
      int column = first + 1 + 3 * f;
      sheet.value(0, column, figures[f].label());
      sheet.range(0, column, 0, column + 2).merge();
      sheet.style(0, column).bold().fillColor(ReportWorkbook.HEADER_FILL).horizontalAlignment("center").set();
      List<String> parts = List.of("分子", "分母", "比率");
      for (int p = 0; p < parts.size(); p++) {
        sheet.value(1, column + p, parts.get(p));
        sheet.style(1, column + p).bold().fillColor(ReportWorkbook.HEADER_FILL).set();
      }
    }
    int row = 2;
    for (ReportView.Row line : rows) {
      sheet.value(row, 0, line.key());
      if (nameTitle != null) {
        sheet.value(row, 1, line.name());
      }
      sheet.value(row, first, line.registered());
      for (int f = 0; f < figures.length; f++) {
        Figure value = line.figures().get(figures[f]);
        int column = first + 1 + 3 * f;
        sheet.value(row, column, value.numerator());
        sheet.value(row, column + 1, value.denominator());
        ReportWorkbook.rate(sheet, row, column + 2, value.rate());
      }
      row++;
    }
    sheet.width(0, 16);
    if (nameTitle != null) {
      sheet.width(1, 24);
    }
    sheet.freezePane(first + 1, 2);
  }

  /** 同比: 登记数 now and a year earlier, then each figure's rate now, then and the change. */
  static void yearOverYear(Worksheet sheet, ReportView view) {
    ReportView.YearOverYear change = view.yearOverYear();
    sheet.value(0, 0, "本期");
    sheet.value(0, 1, view.from() + " 至 " + view.to());
    sheet.value(1, 0, "上年同期");
    sheet.value(1, 1, change.previousFrom() + " 至 " + change.previousTo());
    ReportWorkbook.header(sheet, 3, List.of("项目", "本期", "上年同期", "增减", "增减率"));
    sheet.value(4, 0, "登记数");
    sheet.value(4, 1, change.registered().current());
    sheet.value(4, 2, change.registered().previous());
    sheet.value(4, 3, change.registered().change());
    ReportWorkbook.rate(sheet, 4, 4, change.registered().rate());
    ReportWorkbook.header(sheet, 6, List.of("指标", "本期比率", "上年同期比率", "变化"));
    int row = 7;
    for (ReportFigure figure : ReportFigure.values()) {
      ReportView.RateChange rates = change.figures().get(figure.key());
      sheet.value(row, 0, figure.label());
      ReportWorkbook.rate(sheet, row, 1, rates.current());
      ReportWorkbook.rate(sheet, row, 2, rates.previous());
      ReportWorkbook.rate(sheet, row, 3, rates.change());
      row++;
    }
    sheet.width(0, 20);
    sheet.width(1, 26);
    sheet.width(2, 26);
  }

  /** 指标说明: each figure's numerator, denominator and basis, then the rules all of them follow. */
  static void definitions(Worksheet sheet) {
    ReportWorkbook.header(sheet, 0, List.of("指标", "字段", "分子", "分母", "依据"));
    int row = 1;
    for (ReportFigure figure : ReportFigure.values()) {
      String[] cells = {figure.label(), figure.key(), figure.numerator(), figure.denominator(), figure.basis()};
      for (int c = 0; c < cells.length; c++) {
        sheet.value(row, c, cells[c]);
        sheet.style(row, c).wrapText(true).verticalAlignment("top").set();
      }
      row++;
    }
    row++;
    ReportWorkbook.header(sheet, row++, List.of("统计口径", "", "说明"));
    for (ReportFigure.Rule rule : ReportFigure.RULES) {
      sheet.value(row, 0, rule.topic());
      sheet.value(row, 2, rule.text());
      sheet.range(row, 2, row, 4).merge();
      sheet.style(row, 2).wrapText(true).set();
      row++;
    }
    sheet.width(0, 18);
    sheet.width(1, 22);
    sheet.width(2, 50);
    sheet.width(3, 50);
    sheet.width(4, 30);
  }
}
