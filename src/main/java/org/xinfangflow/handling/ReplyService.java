package org.xinfangflow.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.compliance.ReplyDocument;
import org.xinfangflow.compliance.ReplyDocumentCheck;
import org.xinfangflow.identity.Role;
import org.xinfangflow.petition.ClockStep;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.PastInstant;
import org.xinfangflow.workflow.DeadlineClocks;
import org.xinfangflow.workflow.LifecycleSteps;
import org.xinfangflow.workflow.Step;

/**
 * 答复 — draft, 双审双签 (a second handler reviews, the head signs), 答复预审 by the bureau, then
 * 送达. A rejection at any review returns the reply to the drafter.
 */
@Service
class ReplyService {

  private final UnitAccess access;
  private final LifecycleSteps steps;
  private final DeadlineClocks clocks;
  private final PetitionService petitions;
  private final ReplyRepository replies;
  private final Clock clock;
  private final ReplyDocumentCheck documentCheck;
  private final ApplicationEventPublisher publisher;

  ReplyService(UnitAccess access, LifecycleSteps steps, DeadlineClocks clocks, PetitionService petitions,
      ReplyRepository replies, Clock clock, ReplyDocumentCheck documentCheck, ApplicationEventPublisher publisher) {
    this.documentCheck = documentCheck;
    this.publisher = publisher;
    this.access = access;
    this.steps = steps;
    this.clocks = clocks;
    this.petitions = petitions;
    this.replies = replies;
    this.clock = clock;
  }

  @Transactional
  public void draft(String number, ReplyRequest request) {
    var acting = access.ownUnit(number);
    steps.requireOpen(number, Step.REPLY_DRAFT);
    replies.save(new Reply(number, request, acting.user().username(), clock.instant()));
    petitions.record(number, acting.user().username(), "拟写答复", "处理意见：" + request.outcome());
    steps.complete(number, Step.REPLY_DRAFT, Map.of());
  }

  @Transactional
  public void review(String number, ReviewDecision decision) {
    var acting = access.ownUnit(number);
    steps.requireOpen(number, Step.REPLY_REVIEW);
    Reply reply = current(number);
    if (reply.getDraftedBy().equals(acting.user().username())) {
      throw ApiProblem.forbidden("双审：复审须由拟稿人以外的经办人进行");
    }
    decide(number, Step.REPLY_REVIEW, decision, acting.user().username(), "复审", reply::reviewedBy, reply);
  }

  @Transactional
  public void sign(String number, ReviewDecision decision) {
    var acting = access.ownUnit(number);
    steps.requireOpen(number, Step.REPLY_SIGN);
    Reply reply = current(number);
    if (decision.approve()) {
      requireCompleteDocument(number, reply);
    }
    decide(number, Step.REPLY_SIGN, decision, acting.user().username(), "负责人签发", reply::signedBy, reply);
  }

  /** 法律文书规范校验: a reply missing a required element is not signed; the list says what to fix. */
  private void requireCompleteDocument(String number, Reply reply) {
    var problems = documentCheck.check(new ReplyDocument(number, reply.getOutcome().name(), reply.getFacts(),
        reply.getBasis(), reply.getOpinion(), Beijing.today(clock)));
    if (!problems.isEmpty()) {
      throw ApiProblem.refused("《信访工作条例》第三十二条、第三十四条、第三十五条", problems.get(0).field(),
          "处理意见书不符合规范，不能签发：" + problems.stream().map(ReplyDocumentCheck.Problem::message)
              .collect(java.util.stream.Collectors.joining("；")))
          .with("problems", problems);
    }
  }

  @Transactional
  public void precheck(String number, ReviewDecision decision) {
    var acting = access.bureau(number);
    if (!acting.user().has(Role.REVIEWER)) {
      throw ApiProblem.forbidden("答复预审由信访部门审核人员进行");
    }
    steps.requireOpen(number, Step.REPLY_PRECHECK);
    Reply reply = current(number);
    decide(number, Step.REPLY_PRECHECK, decision, acting.user().username(), "答复预审", reply::precheckedBy, reply);
  }

  @Transactional
  public void deliver(String number, DeliveryRequest request) {
    var acting = access.ownUnit(number);
    steps.requireOpen(number, Step.REPLY_DELIVERY);
    Reply reply = current(number);
    Instant deliveredAt = PastInstant.orNow(request == null ? null : request.deliveredAt(), "deliveredAt", clock);
    if (deliveredAt.isBefore(reply.getDraftedAt())) {
      throw ApiProblem.badInput("deliveredAt", "deliveredAt: 送达时间不能早于答复拟写时间");
    }
    reply.deliveredAt(deliveredAt);
    clocks.meet(number, ClockStep.HANDLING, deliveredAt);
    String deliveredOn = deliveredAt.atZone(Beijing.ZONE).toLocalDate().toString();
    petitions.record(number, acting.user().username(), "送达", "信访处理意见书于 " + deliveredOn + " 送达信访人");
    steps.complete(number, Step.REPLY_DELIVERY, Map.of("deliveredOn", deliveredOn));
    publisher.publishEvent(new ReplyDelivered(number, reply.getOutcome(), reply.getFacts(), reply.getBasis(),
        reply.getOpinion(), reply.getDraftedAt(), deliveredAt, acting.user().username()));
  }

  private void decide(String number, Step step, ReviewDecision decision, String user, String label,
      java.util.function.Consumer<String> approvedBy, Reply reply) {
    if (!decision.approve() && (decision.comment() == null || decision.comment().isBlank())) {
      throw ApiProblem.badInput("comment", "comment: 退回须说明意见");
    }
    if (decision.approve()) {
      approvedBy.accept(user);
      petitions.record(number, user, label, "通过" + comment(decision));
    } else {
      reply.returnedBy(user);
      petitions.record(number, user, label, "退回拟稿人：" + decision.comment().strip());
    }
    steps.complete(number, step, Map.of("approved", decision.approve()));
  }

  private Reply current(String number) {
    return replies.findFirstByPetitionNumberOrderByIdDesc(number)
        .orElseThrow(() -> new IllegalStateException("No reply draft for " + number));
  }

  private static String comment(ReviewDecision decision) {
    return decision.comment() == null || decision.comment().isBlank() ? "" : "：" + decision.comment().strip();
  }
}
