package org.xinfangflow.supervision.bulletin;

import java.time.Instant;
import java.util.List;
import org.xinfangflow.supervision.bulletin.RectificationStep.StepView;

/**
 * A problem as the API shows it: what and where, its status now, and — on a bulletin's line — its
 * status when that bulletin was generated and the bulletin that first listed it; its rectification steps.
 */
record ProblemView(Long id, ProblemSource source, String sourceLabel, String reference, String matter, String unit,
    String unitName, String code, String description, String article, String evidence, Instant occurredAt,
    ProblemStatus status, String statusLabel, ProblemStatus statusListed, String firstListedIn,
    List<StepView> steps) {

  /** The latest rectification evidence the unit gave up to the given moment, if any. */
  String latestRectification(Instant upTo) {
    return steps.stream().filter(step -> step.action() == RectificationStep.Action.RECTIFIED)
        .filter(step -> !step.at().isAfter(upTo))
        .reduce((first, second) -> second).map(StepView::note).orElse("");
  }
}
