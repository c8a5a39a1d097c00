package org.xinfangflow.supervision.bulletin;

import java.time.Instant;
import java.util.List;

/**
 * A bulletin as the API shows it: the summary by unit, the problems new in it (问题清单) and those
 * carried over from earlier bulletins as not yet verified (仍未整改).
 */
record BulletinView(Long id, String number, String jurisdiction, String jurisdictionName, String month,
    Instant generatedAt, String generatedBy, List<UnitSummary> summary, List<ProblemView> problems,
    List<ProblemView> carried) {

  /** The title printed on the XLSX and the PDF. */
  String title() {
    return "%s信访工作月通报（%s）".formatted(jurisdictionName, monthLabel());
  }

  /** The month as written in Chinese: 2026年1月. */
  String monthLabel() {
    String[] parts = month.split("-");
    return "%s年%d月".formatted(parts[0], Integer.parseInt(parts[1]));
  }
}
