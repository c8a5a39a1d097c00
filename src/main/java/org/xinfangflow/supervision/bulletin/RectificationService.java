package org.xinfangflow.supervision.bulletin;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.AuditableAction;
import org.xinfangflow.supervision.bulletin.RectificationStep.Action;

/**
 * 整改跟踪 — a bulletin's problem goes OPEN → RECTIFIED (the unit's head or handler, with evidence) →
 * VERIFIED (a supervisor), or back to OPEN when the supervisor rejects the rectification with a reason.
 * Each move is kept as a step and audited. A problem outside the caller's scope is not found.
 */
@Service
class RectificationService {

  private final ProblemRepository problems;
  private final RectificationStepRepository steps;
  private final BulletinViews views;
  private final DataScope dataScope;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RectificationService(ProblemRepository problems, RectificationStepRepository steps, BulletinViews views,
      DataScope dataScope, ApplicationEventPublisher events, Clock clock) {
    this.problems = problems;
    this.steps = steps;
    this.views = views;
    this.dataScope = dataScope;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public ProblemView rectify(long id, String evidence, String attachment, CurrentUser user) {
    Problem problem = visible(id, user);
    if (problem.getStatus() != ProblemStatus.OPEN) {
      throw BulletinProblems.wrongState(problem, "只有待整改的问题可以报送整改");
    }
    problem.rectified();
    record(problem, Action.RECTIFIED, user, evidence.strip(), blankToNull(attachment));
    return views.of(problem);
  }

  @Transactional
  public ProblemView verify(long id, boolean verified, String comment, CurrentUser user) {
    Problem problem = visible(id, user);
    if (problem.getStatus() != ProblemStatus.RECTIFIED) {
      throw BulletinProblems.wrongState(problem, "只有已报送整改的问题可以核验");
    }
    String note = comment == null ? "" : comment.strip();
    if (!verified && note.isEmpty()) {
      throw ApiProblem.badInput("comment", "comment: 退回整改须说明理由");
    }
    if (verified) {
      problem.verified();
    } else {
      problem.rejected();
    }
    record(problem, verified ? Action.VERIFIED : Action.REJECTED, user, note, null);
    return views.of(problem);
  }

  @Transactional(readOnly = true)
  public Page<ProblemView> search(String jurisdiction, String unit, ProblemStatus status, CurrentUser user,
      Pageable page) {
    MatterScope scope = dataScope.of(user);
    Page<Problem> found = problems.search(jurisdiction, unit, status, !scope.unlimited(),
        BulletinService.units(scope), page);
    return new PageImpl<>(views.of(found.getContent()), page,
        found.getTotalElements());
  }

  private void record(Problem problem, Action action, CurrentUser user, String note, String attachment) {
    steps.save(new RectificationStep(problem.getId(), action, user.username(), clock.instant(), note, attachment));
    problems.flush();
    events.publishEvent(new AuditableAction(action.label(), problem.getMatterNumber(),
        "问题 %d（%s %s，%s）：%s%s".formatted(problem.getId(), problem.getUnitCode(), problem.getCode(),
            problem.getStatus().label(), note, attachment == null ? "" : "；附件 " + attachment)));
  }

  private Problem visible(long id, CurrentUser user) {
    MatterScope scope = dataScope.of(user);
    return problems.findById(id)
        .filter(p -> scope.unlimited() || scope.handlingUnits().contains(p.getUnitCode()))
        .orElseThrow(() -> ApiProblem.notFound("通报问题", String.valueOf(id)));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
