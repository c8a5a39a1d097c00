package org.xinfangflow.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.calendar.ComputedDeadline;
import org.xinfangflow.calendar.Extension;
import org.xinfangflow.calendar.Pause;
import org.xinfangflow.calendar.PeriodCalculator;
import org.xinfangflow.calendar.PeriodRule;
import org.xinfangflow.petition.ClockStep;
import org.xinfangflow.petition.DeadlineSpec;
import org.xinfangflow.petition.DeadlineView;
import org.xinfangflow.petition.LocalTargetSpec;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionSnapshot;

/**
 * 时限 — called from the BPMN model as {@code clocks}: starts a clock (computed by the calendar
 * module, stored with its explanation, and handed to the timers as {@code STEP_due}/{@code STEP_warn}),
 * marks warnings, overdue and expired windows; and re-computes a running clock when an extension or
 * a hearing moves it, re-scheduling its timer jobs.
 */
@Component("clocks")
public class DeadlineClocks {

  /** The boundary timers of the clocks that can move, by clock: activity id prefix in the model. */
  private static final Map<ClockStep, String> MOVABLE = Map.of(
      ClockStep.HANDLING, "handling", ClockStep.RE_REVIEW_OPINION, "re_review");

  private final StatutoryClocks rules;
  private final PeriodCalculator calculator;
  private final PetitionService petitions;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final ClockProperties properties;
  private final Clock clock;
  private final ObjectProvider<PolicyTargets> targets;

  DeadlineClocks(StatutoryClocks rules, PeriodCalculator calculator, PetitionService petitions, RuntimeService runtime,
      ManagementService management, ClockProperties properties, Clock clock, ObjectProvider<PolicyTargets> targets) {
    this.targets = targets;
    this.rules = rules;
    this.calculator = calculator;
    this.petitions = petitions;
    this.runtime = runtime;
    this.management = management;
    this.properties = properties;
    this.clock = clock;
  }

  /** BPMN: starts the step's clock from the date held in {@code startVariable} (yyyy-MM-dd). */
  public void start(DelegateExecution execution, String step, String startVariable) {
    ClockStep clockStep = ClockStep.valueOf(step);
    LocalDate start = LocalDate.parse((String) execution.getVariable(startVariable));
    PeriodRule rule = rules.rule(clockStep, startVariable);
    ComputedDeadline deadline = calculator.compute(rule, start);
    String number = execution.getProcessBusinessKey();
    petitions.startDeadline(number, spec(clockStep, deadline, target(number, clockStep, deadline, List.of(), List.of())));
    timerVariables(clockStep, deadline).forEach(execution.getProcessInstance()::setVariable);
    petitions.record(number, "system", "时限起算", deadline.explanation());
  }

  /** BPMN: the warning timer fired. */
  public void warn(DelegateExecution execution, String step) {
    ClockStep clockStep = ClockStep.valueOf(step);
    String number = execution.getProcessBusinessKey();
    petitions.markWarned(number, clockStep);
    DeadlineView deadline = petitions.latestDeadline(number, clockStep).orElseThrow();
    petitions.record(number, "system", "时限预警", label(clockStep) + "将于 " + deadline.due() + " 届满");
  }

  /** BPMN: the last day passed unmet. The matter goes on; it is marked late. */
  public void overdue(DelegateExecution execution, String step) {
    ClockStep clockStep = ClockStep.valueOf(step);
    String number = execution.getProcessBusinessKey();
    petitions.markOverdue(number, clockStep);
    DeadlineView deadline = petitions.latestDeadline(number, clockStep).orElseThrow();
    petitions.record(number, "system", "超期", label(clockStep) + "已于 " + deadline.due() + " 届满，尚未完成");
  }

  /** BPMN: a window (objection, evaluation, review request) ran out. */
  public void expire(DelegateExecution execution, String step) {
    ClockStep clockStep = ClockStep.valueOf(step);
    String number = execution.getProcessBusinessKey();
    petitions.markExpired(number, clockStep);
    petitions.record(number, "system", "期间届满", label(clockStep) + "期间届满");
  }

  /** The step was done at {@code at}. */
  public void meet(String number, ClockStep step, Instant at) {
    petitions.meetDeadline(number, step, at);
  }

  /**
   * Re-computes a running clock from its stored start with the given extensions and pauses, stores
   * it, and moves its warning and overdue timers.
   */
  public DeadlineView reschedule(String number, ClockStep step, List<Extension> extensions, List<Pause> pauses) {
    DeadlineView current = petitions.latestDeadline(number, step)
        .orElseThrow(() -> new IllegalStateException("No " + step + " clock for " + number));
    ComputedDeadline deadline = calculator.compute(rules.rule(step), current.start(), extensions, pauses);
    petitions.rescheduleDeadline(number, spec(step, deadline, target(number, step, deadline, extensions, pauses)));
    String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    setTimerVariables(processInstanceId, step, deadline);
    String prefix = MOVABLE.get(step);
    moveJob(processInstanceId, prefix + "_overdue", deadline.endsAt(Beijing.ZONE));
    moveJob(processInstanceId, prefix + "_warning", deadline.warnsAt(Beijing.ZONE, properties.warningDays()));
    petitions.record(number, "system", "时限调整", deadline.explanation());
    return petitions.latestDeadline(number, step).orElseThrow();
  }

  /** The statutory period rule of a clock, with its article. */
  public PeriodRule statutoryRule(ClockStep step) {
    return rules.rule(step);
  }

  /** Today in Beijing by the application clock. */
  public LocalDate today() {
    return Beijing.today(clock);
  }

  private void moveJob(String processInstanceId, String activityId, Instant due) {
    List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list();
    jobs.forEach(job -> management.setJobDuedate(job.getId(), Date.from(due)));
  }

  private void setTimerVariables(String processInstanceId, ClockStep step, ComputedDeadline deadline) {
    Map<String, Object> variables = new java.util.HashMap<>(timerVariables(step, deadline));
    // what moved the clock, for the reporting projection (an extended limit is still "on time")
    variables.put(step.name() + "_extensionDays", deadline.extensionDays());
    variables.put(step.name() + "_pausedDays", deadline.pausedDays());
    runtime.setVariables(processInstanceId, variables);
  }

  /** What the model's timers and task due dates read: {@code STEP_due} and {@code STEP_warn}. */
  private Map<String, Object> timerVariables(ClockStep step, ComputedDeadline deadline) {
    return Map.of(step.name() + "_due", Date.from(deadline.endsAt(Beijing.ZONE)),
        step.name() + "_warn", Date.from(deadline.warnsAt(Beijing.ZONE, properties.warningDays())));
  }

  private DeadlineSpec spec(ClockStep step, ComputedDeadline deadline, LocalTargetSpec target) {
    PeriodRule rule = deadline.rule();
    return new DeadlineSpec(step, deadline.start(), deadline.due(),
        rule.article() + " " + rule.length() + rule.count().label(), rule.article(), deadline.explanation(),
        deadline.extensionDays(), deadline.pausedDays(),
        deadline.warnsAt(Beijing.ZONE, properties.warningDays()), deadline.endsAt(Beijing.ZONE), target);
  }

  /**
   * The jurisdiction's local target for this clock, computed from the same start with the same extensions
   * and pauses, and never later than the statutory last day (a holiday schedule published after the
   * profile was checked could otherwise push it past).
   */
  private LocalTargetSpec target(String number, ClockStep step, ComputedDeadline statutory, List<Extension> extensions,
      List<Pause> pauses) {
    PolicyTargets source = targets.getIfAvailable();
    if (source == null) {
      return null;
    }
    PetitionSnapshot matter = petitions.get(number);
    return source.target(matter.registeredUnit(), step, matter.fastTrack()).map(rule -> {
      ComputedDeadline target = calculator.compute(rule, statutory.start(), extensions, pauses);
      boolean capped = target.due().isAfter(statutory.due());
      ComputedDeadline effective = capped ? statutory : target;
      String explanation = target.explanation() + (capped
          ? "；晚于法定期限，按法定期限 " + statutory.due() + " 计" : "");
      return new LocalTargetSpec(effective.due(), effective.endsAt(Beijing.ZONE),
          effective.warnsAt(Beijing.ZONE, properties.warningDays()),
          rule.description() + " " + rule.length() + rule.count().label(), explanation);
    }).orElse(null);
  }

  private String label(ClockStep step) {
    return rules.rule(step).description();
  }
}
