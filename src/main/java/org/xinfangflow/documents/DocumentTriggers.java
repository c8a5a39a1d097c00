package org.xinfangflow.documents;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfangflow.handling.AcceptanceNotified;
import org.xinfangflow.handling.HandlingExtended;
import org.xinfangflow.handling.ReplyDelivered;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.DispatchAction;
import org.xinfangflow.petition.PetitionDetail;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionSnapshot;
import org.xinfangflow.petition.TimelineRecorded;
import org.xinfangflow.review.OpinionDelivered;

/**
 * When each document is owed: listens, synchronously and so in the step's own transaction, to the
 * events of the steps that require a written document, and issues it from stored data — the matter
 * (through the petition module's API) and the step's event. A failure to issue fails the step.
 */
@Component
class DocumentTriggers {

  private static final String DISPATCH = "依法分类处理";

  private final DocumentService documents;
  private final PetitionService petitions;
  private final UserDirectory directory;

  DocumentTriggers(DocumentService documents, PetitionService petitions, UserDirectory directory) {
    this.documents = documents;
    this.petitions = petitions;
    this.directory = directory;
  }

  /** 转送单 / 交办单 (Art. 22), when the bureau forwards or assigns a matter to a unit. */
  @EventListener
  void on(TimelineRecorded event) {
    if (!DISPATCH.equals(event.kind())) {
      return;
    }
    PetitionSnapshot matter = petitions.get(event.number());
    if (matter.action() != DispatchAction.FORWARD && matter.action() != DispatchAction.ASSIGN) {
      return;
    }
    Map<String, String> values = matterValues(event.number());
    values.put("targetUnit", unitName(matter.unitCode(), "责任单位"));
    values.put("issuingUnit", directory.unitOf(event.actor()).map(code -> unitName(code, "信访工作机构"))
        .orElse("信访工作机构"));
    values.put("classification", Labels.classification(matter.classification()));
    documents.issue(matter.action() == DispatchAction.FORWARD ? DocumentKind.FORWARD_FORM : DocumentKind.ASSIGN_FORM,
        event.number(), event.at(), values);
  }

  /** 受理告知书 / 不予受理告知书 (Art. 23). */
  @EventListener
  void on(AcceptanceNotified event) {
    Map<String, String> values = matterValues(event.number());
    values.put("acceptedDate", ChineseDates.of(event.notifiedAt()));
    values.put("reason", event.reason().isBlank() ? "经审查，该事项不属于本机关受理范围" : event.reason());
    documents.issue(event.accepted() ? DocumentKind.ACCEPTANCE_NOTICE : DocumentKind.NON_ACCEPTANCE_NOTICE,
        event.number(), event.notifiedAt(), values);
  }

  /** 延期告知书 (Art. 34): the petitioner is told the reason and the new last day. */
  @EventListener
  void on(HandlingExtended event) {
    Map<String, String> values = matterValues(event.number());
    values.put("days", Integer.toString(event.days()));
    values.put("reason", event.reason());
    values.put("newDueDate", ChineseDates.of(event.newDue()));
    documents.issue(DocumentKind.EXTENSION_NOTICE, event.number(), event.approvedAt(), values);
  }

  /**
   * 信访事项处理意见书 (Art. 32, 34), issued when the reply is delivered: by then it has passed 双审双签
   * and 答复预审, and the 30 days to request 复查 (Art. 35) run from its receipt.
   */
  @EventListener
  void on(ReplyDelivered event) {
    Map<String, String> values = matterValues(event.number());
    PetitionSnapshot matter = petitions.get(event.number());
    values.put("outcome", Labels.outcome(event.outcome()));
    values.put("facts", event.facts());
    values.put("basis", event.basis());
    values.put("opinion", event.opinion());
    values.put("deliveredDate", ChineseDates.of(event.deliveredAt()));
    values.put("reviewOrgan", directory.parentUnit(matter.unitCode()).map(code -> unitName(code, null))
        .orElse("原办理机关、单位的上一级行政机关"));
    documents.issue(DocumentKind.REPLY, event.number(), event.deliveredAt(), values);
  }

  /** 复查意见书 (Art. 35) and 复核意见书 (Art. 36). */
  @EventListener
  void on(OpinionDelivered event) {
    Map<String, String> values = matterValues(event.number());
    String organCode = directory.unitOf(event.decidedBy()).orElse(null);
    values.put("outcome", Labels.outcome(event.outcome()));
    values.put("opinion", event.opinion());
    values.put("requestedDate", ChineseDates.of(event.requestedAt()));
    values.put("deliveredDate", ChineseDates.of(event.deliveredAt()));
    values.put("decidingOrgan", unitName(organCode, event.reReview() ? "复核机关" : "复查机关"));
    values.put("reReviewOrgan", directory.parentUnit(organCode).map(code -> unitName(code, null))
        .orElse("复查机关的上一级行政机关"));
    documents.issue(event.reReview() ? DocumentKind.RE_REVIEW_OPINION : DocumentKind.REVIEW_OPINION,
        event.number(), event.deliveredAt(), values);
  }

  /** What every document says of the matter: number, petitioners' names (never ID numbers), title, dates, unit. */
  private Map<String, String> matterValues(String number) {
    PetitionDetail detail = petitions.detail(number);
    Map<String, String> values = new HashMap<>();
    values.put("matterNumber", detail.number());
    values.put("petitionerName", detail.petitioners().stream().map(PetitionDetail.PetitionerView::name)
        .collect(Collectors.joining("、")));
    values.put("title", detail.title());
    values.put("receivedDate", ChineseDates.of(detail.receivedAt()));
    values.put("unitName", unitName(detail.unit(), "责任单位"));
    return values;
  }

  private String unitName(String code, String fallback) {
    return directory.unitName(code).orElse(fallback == null ? code : fallback);
  }
}
