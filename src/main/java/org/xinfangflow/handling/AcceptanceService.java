package org.xinfangflow.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.petition.ClockStep;
import org.xinfangflow.petition.DeadlineView;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.PastInstant;
import org.xinfangflow.workflow.DeadlineClocks;
import org.xinfangflow.workflow.LifecycleSteps;
import org.xinfangflow.workflow.PolicyTargets;
import org.xinfangflow.workflow.Step;

/**
 * 受理告知 (Art. 23): the unit accepts and notifies, refuses with a reason, or objects within 5
 * working days that the matter is not its own, which sends it back to the bureau.
 */
@Service
class AcceptanceService {

  private static final String ARTICLE_23 = "《信访工作条例》第二十三条";

  private final UnitAccess access;
  private final LifecycleSteps steps;
  private final DeadlineClocks clocks;
  private final PetitionService petitions;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;
  private final ObjectProvider<PolicyTargets> targets;

  AcceptanceService(UnitAccess access, LifecycleSteps steps, DeadlineClocks clocks, PetitionService petitions,
      Clock clock, ApplicationEventPublisher publisher, ObjectProvider<PolicyTargets> targets) {
    this.targets = targets;
    this.publisher = publisher;
    this.access = access;
    this.steps = steps;
    this.clocks = clocks;
    this.petitions = petitions;
    this.clock = clock;
  }

  @Transactional
  public void decide(String number, AcceptanceRequest request) {
    var acting = access.ownUnit(number);
    steps.requireOpen(number, Step.ACCEPTANCE);
    DeadlineView notice = petitions.latestDeadline(number, ClockStep.ACCEPTANCE_NOTICE).orElseThrow();
    Instant notifiedAt = PastInstant.orNow(request.notifiedAt(), "notifiedAt", clock);
    LocalDate notifiedOn = notifiedAt.atZone(Beijing.ZONE).toLocalDate();
    if (notifiedOn.isBefore(notice.start())) {
      throw ApiProblem.badInput("notifiedAt", "notifiedAt: 告知时间不能早于单位收到事项之日（" + notice.start() + "）");
    }
    String actor = acting.user().username();
    if (Boolean.TRUE.equals(request.fastTrack())) {
      putOnFastTrack(number, request, acting.matter().registeredUnit(), actor);
    }
    switch (request.decision()) {
      case ACCEPT -> {
        clocks.meet(number, ClockStep.ACCEPTANCE_NOTICE, notifiedAt);
        petitions.markExpired(number, ClockStep.OBJECTION);
        petitions.record(number, actor, "受理", acting.matter().petitionerReachable()
            ? "决定受理，" + notifiedOn + " 书面告知信访人" + note(request)
            : "决定受理；信访人姓名（名称）、住址不清，依第二十三条无需书面告知" + note(request));
      }
      case NOT_ACCEPT -> {
        requireReason(request);
        clocks.meet(number, ClockStep.ACCEPTANCE_NOTICE, notifiedAt);
        petitions.markExpired(number, ClockStep.OBJECTION);
        petitions.record(number, actor, "不予受理", "不予受理，理由：" + request.reason() + "；" + notifiedOn + " 书面告知");
      }
      case OBJECT -> {
        requireReason(request);
        DeadlineView objection = petitions.latestDeadline(number, ClockStep.OBJECTION).orElseThrow();
        if (clocks.today().isAfter(objection.due())) {
          throw ApiProblem.refused(ARTICLE_23, "decision",
              "异议应当自收到之日起5个工作日内提出，期间已于 " + objection.due() + " 届满");
        }
        clocks.meet(number, ClockStep.OBJECTION, clock.instant());
        petitions.markExpired(number, ClockStep.ACCEPTANCE_NOTICE);
        petitions.record(number, actor, "异议", "认为不属于本单位职责，退回信访部门：" + request.reason());
      }
    }
    steps.complete(number, Step.ACCEPTANCE, Map.of(
        "acceptanceDecision", request.decision().name(),
        "acceptedOn", notifiedOn.toString(),
        "objectedOn", clocks.today().toString()));
    if (request.decision() != AcceptanceRequest.Decision.OBJECT && acting.matter().petitionerReachable()) {
      publisher.publishEvent(new AcceptanceNotified(number, request.decision() == AcceptanceRequest.Decision.ACCEPT,
          request.reason() == null ? "" : request.reason().strip(), notifiedAt, actor));
    }
  }

  /** 简易办理: only on acceptance, and only where the jurisdiction's profile sets a fast-track target. */
  private void putOnFastTrack(String number, AcceptanceRequest request, String registeringUnit, String actor) {
    if (request.decision() != AcceptanceRequest.Decision.ACCEPT) {
      throw ApiProblem.badInput("fastTrack", "fastTrack: 仅在决定受理时可适用简易办理");
    }
    PolicyTargets source = targets.getIfAvailable();
    if (source == null || !source.offersFastTrack(registeringUnit)) {
      throw ApiProblem.refused("本辖区时限政策", "fastTrack", "本辖区未设定简易办理时限，不能适用简易办理");
    }
    petitions.putOnFastTrack(number, actor);
  }

  private static void requireReason(AcceptanceRequest request) {
    if (request.reason() == null || request.reason().isBlank()) {
      throw ApiProblem.badInput("reason", "reason: 不予受理或提出异议须说明理由");
    }
  }

  private static String note(AcceptanceRequest request) {
    return request.reason() == null || request.reason().isBlank() ? "" : "；" + request.reason();
  }
}
