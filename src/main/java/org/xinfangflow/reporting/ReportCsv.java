package org.xinfangflow.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * 统计报表 CSV — the figures as one table, a line per breakdown, key and figure (分组, 编码, 名称, 登记数, 指标,
 * 指标名称, 分子, 分母, 比率; 分组 总体, 单位, 类别, 信访形式, 月份), and the matters list as another CSV
 * ({@code ?part=matters}), with the columns of the XLSX matters sheet.
 */
final class ReportCsv {

  static final List<String> FIGURE_HEADERS = List.of("分组", "编码", "名称", "登记数", "指标", "指标名称", "分子", "分母",
      "比率");

  private ReportCsv() {
  }

  static void figures(CsvWriter csv, ReportView view) {
    csv.row(FIGURE_HEADERS);
    lines(csv, "总体", new ReportView.Row(view.jurisdiction(), view.jurisdictionName(), view.totals().registered(),
        view.figures()));
    List<String> groups = List.of("单位", "类别", "信访形式", "月份");
    List<List<ReportView.Row>> breakdowns = List.of(view.breakdowns().unit(), view.breakdowns().category(),
        view.breakdowns().channel(), view.breakdowns().month());
    for (int i = 0; i < groups.size(); i++) {
      for (ReportView.Row row : breakdowns.get(i)) {
        lines(csv, groups.get(i), row);
      }
    }
    csv.flush();
  }

  /** The matters list: writes its header, answers the writer of its lines. */
  static Consumer<ListColumns.MatterLine> matters(CsvWriter csv, UnitChains units) {
    List<ListColumns.Column<ListColumns.MatterLine>> columns = ListColumns.matters(units);
    csv.row(ListColumns.headers(columns));
    return line -> {
      List<Object> values = new ArrayList<>(columns.size());
      columns.forEach(column -> values.add(column.value().apply(line)));
      csv.row(values);
    };
  }

  private static void lines(CsvWriter csv, String group, ReportView.Row row) {
    for (ReportFigure figure : ReportFigure.values()) {
      Figure value = row.figures().get(figure);
      csv.row(Arrays.asList(group, row.key(), row.name(), row.registered(), figure.key(), figure.label(),
          value.numerator(), value.denominator(), value.rate()));
    }
  }
}
