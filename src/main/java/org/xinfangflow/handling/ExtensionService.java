package org.xinfangflow.handling;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.calendar.Extension;
import org.xinfangflow.petition.ClockStep;
import org.xinfangflow.petition.DeadlineView;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.workflow.DeadlineClocks;
import org.xinfangflow.workflow.LifecycleSteps;
import org.xinfangflow.workflow.Step;

/** 延期 (Art. 34): once, at most 30 days, approved by the head before the limit runs out. */
@Service
class ExtensionService {

  private static final String ARTICLE_34 = "《信访工作条例》第三十四条";
  private static final int MAX_DAYS = 30;

  private final UnitAccess access;
  private final LifecycleSteps steps;
  private final DeadlineClocks clocks;
  private final PetitionService petitions;
  private final HandlingExtensionRepository extensions;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;

  ExtensionService(UnitAccess access, LifecycleSteps steps, DeadlineClocks clocks, PetitionService petitions,
      HandlingExtensionRepository extensions, Clock clock, ApplicationEventPublisher publisher) {
    this.publisher = publisher;
    this.access = access;
    this.steps = steps;
    this.clocks = clocks;
    this.petitions = petitions;
    this.extensions = extensions;
    this.clock = clock;
  }

  @Transactional
  public DeadlineView extend(String number, ExtensionRequest request) {
    var acting = access.ownUnit(number);
    List<Step> open = steps.openSteps(number);
    if (open.stream().noneMatch(Step::isHandling)) {
      throw ApiProblem.stepNotOpen("EXTENSION", open);
    }
    if (request.days() > MAX_DAYS) {
      throw ApiProblem.refused(ARTICLE_34, "days", "延长期限不得超过30日");
    }
    if (extensions.existsById(number)) {
      throw ApiProblem.refused(ARTICLE_34, "days", "办理期限只能延长一次，本事项已延期");
    }
    DeadlineView handling = petitions.latestDeadline(number, ClockStep.HANDLING).orElseThrow();
    if (clocks.today().isAfter(handling.due())) {
      throw ApiProblem.refused(ARTICLE_34, "days", "办理期限已于 " + handling.due() + " 届满，不能再批准延期");
    }
    extensions.saveAndFlush(new HandlingExtension(number, request.days(), request.reason().strip(),
        acting.user().username(), clock.instant()));
    petitions.record(number, acting.user().username(), "延期",
        "负责人批准延期" + request.days() + "日，理由：" + request.reason().strip() + "（须告知信访人）");
    DeadlineView extended = clocks.reschedule(number, ClockStep.HANDLING,
        Arrays.asList(new Extension(request.days(), request.reason().strip())), List.of());
    publisher.publishEvent(new HandlingExtended(number, request.days(), request.reason().strip(), extended.due(),
        clock.instant(), acting.user().username()));
    return extended;
  }
}
