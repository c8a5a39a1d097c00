package org.xinfangflow.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.compliance.ReplyDocumentCheck;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.ClockStep;
import org.xinfangflow.petition.DeadlineView;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.PastInstant;
import org.xinfangflow.workflow.DeadlineClocks;
import org.xinfangflow.workflow.LifecycleSteps;
import org.xinfangflow.workflow.Step;

/**
 * 复查 (Art. 35) and 复核 (Art. 36): a request within 30 days of receiving the reply or the review
 * opinion, an opinion within 30 days of the request, hearing days not counted; after 复核 the
 * matter is final.
 */
@Service
class ReviewService {

  private final LifecycleSteps steps;
  private final DeadlineClocks clocks;
  private final PetitionService petitions;
  private final ReviewCaseRepository cases;
  private final HearingRepository hearings;
  private final UserDirectory directory;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;
  private final ReplyDocumentCheck documentCheck;

  ReviewService(LifecycleSteps steps, DeadlineClocks clocks, PetitionService petitions, ReviewCaseRepository cases,
      HearingRepository hearings, UserDirectory directory, Clock clock, ApplicationEventPublisher publisher,
      ReplyDocumentCheck documentCheck) {
    this.publisher = publisher;
    this.documentCheck = documentCheck;
    this.steps = steps;
    this.clocks = clocks;
    this.petitions = petitions;
    this.cases = cases;
    this.hearings = hearings;
    this.directory = directory;
    this.clock = clock;
  }

  @Transactional
  public void requestReview(String number, RequestFiled request) {
    fileRequest(number, request, ReviewLevel.REVIEW);
  }

  @Transactional
  public void requestReReview(String number, RequestFiled request) {
    fileRequest(number, request, ReviewLevel.RE_REVIEW);
  }

  @Transactional
  public void reviewOpinion(String number, OpinionRequest request) {
    decide(number, request, ReviewLevel.REVIEW);
  }

  @Transactional
  public void reReviewOpinion(String number, OpinionRequest request) {
    decide(number, request, ReviewLevel.RE_REVIEW);
  }

  /** Records a hearing and moves the 复核 clock by its days (start and end included). */
  @Transactional
  public DeadlineView hearing(String number, HearingRequest request) {
    petitions.get(number);
    steps.requireOpen(number, Step.RE_REVIEW_OPINION);
    if (request.end().isBefore(request.start())) {
      throw ApiProblem.badInput("end", "end: 听证结束日不能早于开始日");
    }
    DeadlineView clockNow = petitions.latestDeadline(number, ClockStep.RE_REVIEW_OPINION).orElseThrow();
    if (request.start().isBefore(clockNow.start())) {
      throw ApiProblem.badInput("start", "start: 听证不能早于复核申请之日（" + clockNow.start() + "）");
    }
    if (request.start().isAfter(clockNow.due())) {
      throw ApiProblem.badInput("start", "start: 听证须在复核期限（" + clockNow.due() + "）内开始");
    }
    String user = directory.current().username();
    hearings.saveAndFlush(new Hearing(number, request.start(), request.end(), user, clock.instant()));
    petitions.record(number, user, "听证", "听证 " + request.start() + " 至 " + request.end() + "，听证时间不计入复核期限");
    return clocks.reschedule(number, ClockStep.RE_REVIEW_OPINION, List.of(),
        hearings.findByPetitionNumberOrderById(number).stream().map(Hearing::pause).toList());
  }

  private void fileRequest(String number, RequestFiled request, ReviewLevel level) {
    petitions.get(number);
    boolean review = level == ReviewLevel.REVIEW;
    ClockStep windowStep = review ? ClockStep.REVIEW_REQUEST_WINDOW : ClockStep.RE_REVIEW_REQUEST_WINDOW;
    Step step = review ? Step.REVIEW_REQUEST : Step.RE_REVIEW_REQUEST;
    DeadlineView window = petitions.latestDeadline(number, windowStep)
        .orElseThrow(() -> ApiProblem.stepNotOpen(step.name(), steps.openSteps(number)));
    Instant requestedAt = PastInstant.orNow(request == null ? null : request.requestedAt(), "requestedAt", clock);
    LocalDate requestedOn = requestedAt.atZone(Beijing.ZONE).toLocalDate();
    if (requestedOn.isAfter(window.due()) || (window.expired() && !steps.isOpen(number, step))) {
      throw ApiProblem.refused(review ? "《信访工作条例》第三十五条" : "《信访工作条例》第三十六条", "requestedAt",
          (review ? "复查" : "复核") + "申请应当自收到书面意见之日起30日内提出，期间已于 " + window.due() + " 届满");
    }
    if (requestedOn.isBefore(window.start())) {
      throw ApiProblem.badInput("requestedAt", "requestedAt: 申请时间不能早于收到书面意见之日（" + window.start() + "）");
    }
    steps.requireOpen(number, step);
    String user = directory.current().username();
    cases.save(new ReviewCase(number, level, requestedAt, user));
    clocks.meet(number, windowStep, requestedAt);
    petitions.record(number, user, review ? "复查申请" : "复核申请", "信访人于 " + requestedOn + " 提出申请");
    steps.complete(number, step, Map.of(review ? "reviewRequestedOn" : "reReviewRequestedOn", requestedOn.toString()));
  }

  private void decide(String number, OpinionRequest request, ReviewLevel level) {
    petitions.get(number);
    boolean review = level == ReviewLevel.REVIEW;
    Step step = review ? Step.REVIEW_OPINION : Step.RE_REVIEW_OPINION;
    steps.requireOpen(number, step);
    ReviewCase reviewCase = cases.findFirstByPetitionNumberAndLevelOrderByIdDesc(number, level).orElseThrow();
    Instant deliveredAt = PastInstant.orNow(request.deliveredAt(), "deliveredAt", clock);
    if (deliveredAt.isBefore(reviewCase.getRequestedAt())) {
      throw ApiProblem.badInput("deliveredAt", "deliveredAt: 送达时间不能早于申请时间");
    }
    var problems = documentCheck.checkOpinion(number, request.outcome().name(), request.opinion(),
        Beijing.today(clock));
    if (!problems.isEmpty()) {
      throw ApiProblem.refused(review ? "《信访工作条例》第三十五条" : "《信访工作条例》第三十六条", "opinion",
          (review ? "复查" : "复核") + "意见书不符合规范：" + problems.stream().map(ReplyDocumentCheck.Problem::message)
              .collect(java.util.stream.Collectors.joining("；"))).with("problems", problems);
    }
    String user = directory.current().username();
    reviewCase.decide(request.outcome(), request.opinion().strip(), user, deliveredAt);
    clocks.meet(number, review ? ClockStep.REVIEW_OPINION : ClockStep.RE_REVIEW_OPINION, deliveredAt);
    String deliveredOn = deliveredAt.atZone(Beijing.ZONE).toLocalDate().toString();
    petitions.record(number, user, review ? "复查意见" : "复核意见",
        request.outcome() + "，于 " + deliveredOn + " 送达" + (review ? "" : "；复核终结，同一事实和理由不再受理"));
    steps.complete(number, step, Map.of(review ? "reviewDeliveredOn" : "reReviewDeliveredOn", deliveredOn));
    publisher.publishEvent(new OpinionDelivered(number, !review, request.outcome(), request.opinion().strip(),
        reviewCase.getRequestedAt(), deliveredAt, user));
  }
}
