package org.xinfangflow.compliance.hints;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfangflow.petition.DispatchAction;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionSnapshot;
import org.xinfangflow.petition.TimelineRecorded;

/**
 * 未采纳分类提示 — when the clerk's dispatch departs from a strong hint (another class, or any action
 * but 不予受理 where the hint said the matter is not accepted again), the matter's timeline says so, in
 * the dispatch's own transaction; the audit trail takes it from there. The clerk's choice stands.
 */
@Component
class OverrideRecorder {

  static final String DISPATCHED = "依法分类处理";
  static final String KIND = "未采纳分类提示";

  private static final Logger log = LoggerFactory.getLogger(OverrideRecorder.class);

  private final HintService hints;
  private final PetitionService petitions;

  OverrideRecorder(HintService hints, PetitionService petitions) {
    this.hints = hints;
    this.petitions = petitions;
  }

  @EventListener
  void on(TimelineRecorded recorded) {
    if (!DISPATCHED.equals(recorded.kind())) {
      return;
    }
    PetitionSnapshot matter = petitions.get(recorded.number());
    ClassificationHint hint;
    try {
      hint = hints.forMatter(recorded.number(), null);
    } catch (RuntimeException e) {
      // a hint never decides: a broken rule table must not stop the dispatch
      log.warn("No classification hint for {}: {}", recorded.number(), e.toString());
      return;
    }
    boolean otherClass = hint.classification() != matter.classification();
    boolean acceptedAgain = hint.action() == DispatchAction.NOT_ACCEPTED && matter.action() != DispatchAction.NOT_ACCEPTED;
    if (hint.strength() == Strength.STRONG && (otherClass || acceptedAgain)) {
      petitions.record(recorded.number(), recorded.actor(), KIND,
          "分类提示（强）：%s / %s，%s，理由：%s%s；登记员选择：%s / %s（%s）".formatted(hint.classification(),
              hint.action(), hint.article(), hint.reason(),
              hint.matchedKeywords().isEmpty() ? "" : "，命中：" + String.join("、", hint.matchedKeywords()),
              matter.classification(), matter.action(), hint.rules()));
    }
  }
}
