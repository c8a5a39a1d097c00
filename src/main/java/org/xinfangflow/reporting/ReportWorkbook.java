package org.xinfangflow.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * 统计报表 XLSX — written with fastexcel straight to a stream, in one pass over the matters. The sheets:
 * 总体, 按单位, 按类别, 按渠道, 按月份 (each figure with 分子, 分母, 比率), 同比, 指标说明 (from
 * {@link ReportFigure}), 事项清单 (one row per matter, {@link ListColumns}; a new sheet every
 * {@code rowsPerSheet} rows) and 包案清单. The matters sheet is flushed to the stream after every page, so
 * only a page of rows is ever in memory; its numbers are written inline, not into the shared-strings table.
 * fastexcel writes one zip entry at a time, so the matters sheets are finished before the others are written.
 */
final class ReportWorkbook {

  static final String OVERALL = "总体";
  static final String DEFINITIONS = "指标说明";
  static final String MATTERS = "事项清单";
  static final String SPONSORSHIPS = "包案清单";
  static final List<String> BREAKDOWNS = List.of("按单位", "按类别", "按渠道", "按月份");
  static final String YEAR_OVER_YEAR = "同比";

  static final String HEADER_FILL = "DDEBF7";
  private static final String PERCENT = "0.00%";

  private final Workbook workbook;
  private final int rowsPerSheet;
  private final List<ListColumns.Column<ListColumns.MatterLine>> matterColumns;
  private final Worksheet overall;
  private final List<Worksheet> breakdowns = new ArrayList<>();
  private final Worksheet yearOverYear;
  private final Worksheet definitions;
  private final List<ListColumns.SponsorshipLine> sponsorships = new ArrayList<>();
  private Worksheet matters;
  private int mattersSheets;
  private int matterRow;

  ReportWorkbook(OutputStream out, UnitChains units, int rowsPerSheet) {
    this.workbook = new Workbook(out, "xinfang-flow", "1.0");
    this.rowsPerSheet = rowsPerSheet;
    this.matterColumns = ListColumns.matters(units);
    this.overall = workbook.newWorksheet(OVERALL);
    BREAKDOWNS.forEach(name -> breakdowns.add(workbook.newWorksheet(name)));
    this.yearOverYear = workbook.newWorksheet(YEAR_OVER_YEAR);
    this.definitions = workbook.newWorksheet(DEFINITIONS);
  }

  /** One row of the matters list. */
  void matter(ListColumns.MatterLine line) {
    try {
      if (matters == null || matterRow > rowsPerSheet) {
        nextMattersSheet();
      }
      cells(matters, matterRow++, matterColumns, line);
    } catch (IOException e) {
      throw new UncheckedIOException("Report workbook could not be written", e);
    }
  }

  /** One row of the sponsored cases' list (few: kept until the end). */
  void sponsorship(ListColumns.SponsorshipLine line) {
    sponsorships.add(line);
  }

  /** A page was read: what is written of the matters list goes to the stream. */
  void pageRead() {
    try {
      if (matters != null) {
        matters.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Report workbook could not be written", e);
    }
  }

  /** The figures, the definitions and the sponsored cases, then the end of the workbook. */
  void finish(ReportView view) {
    try {
      if (matters == null) {
        nextMattersSheet();
      }
      matters.finish();
      ReportSheets.overall(overall, view);
      List<List<ReportView.Row>> rows = List.of(view.breakdowns().unit(), view.breakdowns().category(),
          view.breakdowns().channel(), view.breakdowns().month());
      List<String[]> keys = List.of(new String[] {"单位编码", "单位名称"}, new String[] {"类别", null},
          new String[] {"信访形式编码", "信访形式"}, new String[] {"月份", null});
      for (int i = 0; i < rows.size(); i++) {
        ReportSheets.breakdown(breakdowns.get(i), keys.get(i)[0], keys.get(i)[1], rows.get(i));
      }
      ReportSheets.yearOverYear(yearOverYear, view);
      ReportSheets.definitions(definitions);
      Worksheet list = workbook.newWorksheet(SPONSORSHIPS);
      List<ListColumns.Column<ListColumns.SponsorshipLine>> columns = ListColumns.sponsorships();
      header(list, 0, ListColumns.headers(columns));
      int row = 1;
      for (ListColumns.SponsorshipLine line : sponsorships) {
        cells(list, row++, columns, line);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Report workbook could not be written", e);
    }
  }

  private void nextMattersSheet() throws IOException {
    if (matters != null) {
      matters.finish();
    }
    mattersSheets++;
    matters = workbook.newWorksheet(mattersSheets == 1 ? MATTERS : MATTERS + "（" + mattersSheets + "）");
    for (int c = 0; c < matterColumns.size(); c++) {
      matters.width(c, c == 0 || c == 1 ? 18 : 12);
    }
    matters.freezePane(1, 1);
    header(matters, 0, ListColumns.headers(matterColumns));
    matterRow = 1;
  }

  static void header(Worksheet sheet, int row, List<String> titles) {
    for (int c = 0; c < titles.size(); c++) {
      sheet.value(row, c, titles.get(c));
      sheet.style(row, c).bold().fillColor(HEADER_FILL).wrapText(true).set();
    }
  }

  private static <T> void cells(Worksheet sheet, int row, List<ListColumns.Column<T>> columns, T line) {
    for (int c = 0; c < columns.size(); c++) {
      ListColumns.Column<T> column = columns.get(c);
      Object value = column.value().apply(line);
      if (value instanceof Number number) {
        sheet.value(row, c, number);
      } else if (value != null && column.distinct()) {
        sheet.inlineString(row, c, value.toString());
      } else if (value != null) {
        sheet.value(row, c, value.toString());
      }
    }
  }

  /** A rate as a percentage, an empty cell when there is none (nothing to divide by). */
  static void rate(Worksheet sheet, int row, int column, BigDecimal rate) {
    if (rate != null) {
      sheet.value(row, column, rate);
      sheet.style(row, column).format(PERCENT).set();
    }
  }
}
