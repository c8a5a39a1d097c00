package org.xinfangflow.supervision.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import org.xinfangflow.calendar.Beijing;

/**
 * A bulletin as XLSX: 概况 (the summary by unit), 问题清单 (the problems new in it) and 仍未整改 (those
 * carried over), each with Chinese column headers; times in Beijing time.
 */
@Component
class BulletinWorkbook {

  static final List<String> SUMMARY = List.of("单位编码", "单位名称", "不规范办理问题", "超期办理事项", "往期仍未整改", "合计");
  static final List<String> PROBLEMS = List.of("序号", "单位编码", "责任单位", "问题类别", "事项编号", "问题", "依据",
      "具体情况", "发生时间", "通报时状态");
  static final List<String> CARRIED = List.of("序号", "单位编码", "责任单位", "首次通报", "问题类别", "事项编号", "问题",
      "通报时状态", "最近整改情况");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  byte[] write(BulletinView view) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "xinfang-flow", "1.0")) {
      summary(workbook.newWorksheet("概况"), view);
      problems(workbook.newWorksheet("问题清单"), view.problems());
      carried(workbook.newWorksheet("仍未整改"), view);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Bulletin workbook could not be written", e);
    }
    return out.toByteArray();
  }

  private static void summary(Worksheet sheet, BulletinView view) {
    sheet.value(0, 0, view.title());
    sheet.style(0, 0).bold().fontSize(14).set();
    sheet.value(1, 0, "通报编号：" + view.number() + "　辖区：" + view.jurisdictionName() + "（" + view.jurisdiction()
        + "）　生成时间：" + time(view.generatedAt()));
    header(sheet, 3, SUMMARY);
    int row = 4;
    int[] totals = new int[4];
    for (UnitSummary unit : view.summary()) {
      sheet.value(row, 0, unit.unit());
      sheet.value(row, 1, unit.unitName());
      int[] counts = {unit.findings(), unit.overdue(), unit.carried(), unit.total()};
      for (int i = 0; i < counts.length; i++) {
        sheet.value(row, 2 + i, counts[i]);
        totals[i] += counts[i];
      }
      row++;
    }
    sheet.value(row, 1, "合计");
    for (int i = 0; i < totals.length; i++) {
      sheet.value(row, 2 + i, totals[i]);
    }
    sheet.width(1, 28);
  }

  private static void problems(Worksheet sheet, List<ProblemView> problems) {
    header(sheet, 0, PROBLEMS);
    int row = 1;
    for (ProblemView p : problems) {
      cells(sheet, row, row, p.unit(), p.unitName(), p.sourceLabel(), p.matter(), p.description(), p.article(),
          p.evidence(), time(p.occurredAt()), p.statusListed().label());
      row++;
    }
    sheet.width(5, 40);
    sheet.width(7, 50);
  }

  private static void carried(Worksheet sheet, BulletinView view) {
    header(sheet, 0, CARRIED);
    int row = 1;
    for (ProblemView p : view.carried()) {
      cells(sheet, row, row, p.unit(), p.unitName(), p.firstListedIn(), p.sourceLabel(), p.matter(),
          p.description(), p.statusListed().label(), p.latestRectification(view.generatedAt()));
      row++;
    }
    sheet.width(6, 40);
    sheet.width(8, 50);
  }

  private static void header(Worksheet sheet, int row, List<String> titles) {
    for (int c = 0; c < titles.size(); c++) {
      sheet.value(row, c, titles.get(c));
      sheet.style(row, c).bold().fillColor("DDEBF7").set();
    }
  }

  private static void cells(Worksheet sheet, int row, int number, String... values) {
    sheet.value(row, 0, number);
    for (int c = 0; c < values.length; c++) {
      sheet.value(row, c + 1, values[c] == null ? "" : values[c]);
    }
  }

  static String time(Instant instant) {
    return LocalDateTime.ofInstant(instant, Beijing.ZONE).format(TIME);
  }
}
