package org.xinfangflow.compliance.hints;

import java.util.List;
import java.util.Optional;
import org.xinfangflow.petition.PetitionStatus;
import org.xinfangflow.petition.PetitionerMatter;

/**
 * What the petitioner's other matters say about a new one: the same content already final after 复核
 * is not accepted again (Art. 36); the same content still within its limits is not accepted twice
 * (Art. 19). Other matters are only listed.
 */
final class PetitionerHistory {

  private static final String ART_19 = "《信访工作条例》第十九条";
  private static final String ART_36 = "《信访工作条例》第三十六条";

  private PetitionerHistory() {
  }

  static List<HistoryEntry> entries(List<PetitionerMatter> matters) {
    return matters.stream().map(PetitionerHistory::entry).toList();
  }

  /** The suggestion with the history applied: a same-content matter final or in progress overrides the words. */
  static Suggestion apply(Suggestion words, List<PetitionerMatter> matters) {
    Optional<PetitionerMatter> fin = matters.stream()
        .filter(m -> m.sameContent() && m.matter().status() == PetitionStatus.FINAL).findFirst();
    if (fin.isPresent()) {
      return notAccepted(words, fin.get(), ART_36, "信访人以同一事实和理由提出的事项 " + fin.get().matter().number()
          + " 已经复核终结，各级机关不再受理");
    }
    Optional<PetitionerMatter> running = matters.stream()
        .filter(m -> m.sameContent() && m.matter().status().inProgress()).findFirst();
    if (running.isPresent()) {
      return notAccepted(words, running.get(), ART_19, "同一信访事项 " + running.get().matter().number()
          + " 已经受理或正在办理期限内，不重复受理；登记时将作为重复信访关联到该事项");
    }
    return words;
  }

  private static Suggestion notAccepted(Suggestion words, PetitionerMatter earlier, String article, String reason) {
    var classification = earlier.matter().classification() == null ? words.classification()
        : earlier.matter().classification();
    return new Suggestion(classification, org.xinfangflow.petition.DispatchAction.NOT_ACCEPTED, article, reason,
        Strength.STRONG, words.matchedKeywords());
  }

  private static HistoryEntry entry(PetitionerMatter m) {
    var matter = m.matter();
    PetitionStatus status = matter.status();
    String article = null;
    String note;
    if (status == PetitionStatus.FINAL) {
      article = ART_36;
      note = m.sameContent() ? "同一事实和理由已复核终结，不再受理" : "另一事项已复核终结；如系同一事实和理由，不再受理";
    } else if (status.inProgress()) {
      article = ART_19;
      note = m.sameContent() ? "同一事项正在办理中，不重复受理" : "另一事项正在办理中；如系同一事项，不重复受理";
    } else {
      note = (m.sameContent() ? "内容相同的事项" : "该信访人的其他事项") + "，状态 " + status
          + (matter.classification() == null ? "" : "，曾分类为" + ClassNames.of(matter.classification()));
    }
    return new HistoryEntry(matter.number(), matter.receivedAt(), status, matter.classification(), m.sameContent(),
        article, note);
  }
}
