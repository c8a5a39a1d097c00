package org.xinfangflow.supervision.bulletin;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfangflow.documents.ReportPdf;
import org.xinfangflow.documents.ReportPdf.Block;
import org.xinfangflow.documents.ReportPdf.Heading;
import org.xinfangflow.documents.ReportPdf.Paragraph;
import org.xinfangflow.documents.ReportPdf.Row;

/** A bulletin as PDF, in the documents module's font: summary by unit, new problems, problems still open. */
@Component
class BulletinDocument {

  private final ReportPdf pdf;

  BulletinDocument(ReportPdf pdf) {
    this.pdf = pdf;
  }

  byte[] render(BulletinView view) {
    List<Block> blocks = new ArrayList<>();
    int fresh = view.problems().size();
    int carried = view.carried().size();
    blocks.add(new Paragraph("　　本期通报%s辖区内%s不规范办理问题和超期办理事项共%d个，往期通报仍未整改到位的问题%d个。"
        .formatted(view.jurisdictionName(), view.monthLabel(), fresh, carried)
        + "请各责任单位对照问题清单逐项整改，整改情况及佐证材料报送后由督查部门核验销号。"));
    blocks.add(new Heading("一、概况"));
    blocks.add(new Row(BulletinWorkbook.SUMMARY));
    view.summary().forEach(unit -> blocks.add(new Row(List.of(unit.unit(), unit.unitName(),
        String.valueOf(unit.findings()), String.valueOf(unit.overdue()), String.valueOf(unit.carried()),
        String.valueOf(unit.total())))));
    blocks.add(new Heading("二、问题清单"));
    if (view.problems().isEmpty()) {
      blocks.add(new Paragraph("　　本期无新发现问题。"));
    }
    int n = 1;
    for (ProblemView p : view.problems()) {
      blocks.add(new Row(List.of(String.valueOf(n++), p.unitName(), p.sourceLabel(), p.matter(), p.description())));
      blocks.add(new Paragraph("　　" + p.evidence() + (p.article() == null ? "" : "（" + p.article() + "）")));
    }
    blocks.add(new Heading("三、仍未整改"));
    if (view.carried().isEmpty()) {
      blocks.add(new Paragraph("　　往期通报问题均已核验销号。"));
    }
    n = 1;
    for (ProblemView p : view.carried()) {
      blocks.add(new Row(List.of(String.valueOf(n++), p.unitName(), p.firstListedIn(), p.matter(), p.description(),
          p.statusListed().label())));
    }
    blocks.add(new Paragraph(""));
    blocks.add(new Paragraph("生成：" + view.generatedBy() + "　" + BulletinWorkbook.time(view.generatedAt())));
    return pdf.render(view.title(), view.number(), view.generatedAt(), blocks);
  }
}
