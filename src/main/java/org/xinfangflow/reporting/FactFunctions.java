package org.xinfangflow.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.workflow.Step;

/**
 * 事实计算 — pure functions from what the engine recorded of one process instance (its activities and
 * the latest value of its variables) to fact rows. The live projection and the rebuild both call them,
 * so they cannot disagree; nothing here reads the clock.
 */
final class FactFunctions {

  static final String LIFECYCLE = "petition-lifecycle";
  static final String SPONSORED_CASE = "sponsored-case";

  /** The variables that record a repeat petition on the matter it repeats (workflow's RepeatLinks). */
  private static final String REPEAT_PREFIX = "repeat:";

  /** End events of the lifecycle and the outcome each one means. */
  private static final Map<String, String> OUTCOMES = Map.of(
      "routed", "ROUTED", "guided", "GUIDED", "not_accepted_by_bureau", "NOT_ACCEPTED",
      "not_accepted_by_unit", "NOT_ACCEPTED", "closed_without_review", "CLOSED", "closed_after_review", "CLOSED",
      "suggestion_closed", "CLOSED", "suggestion_closed_unevaluated", "CLOSED", "final", "FINAL");

  private static final Set<String> EVALUATION_EXPIRED = Set.of("evaluation_mark_expired",
      "suggestion_evaluation_mark_expired");

  /** User tasks whose limit can move after the task was created (extension, hearing): their latest limit counts. */
  private static final Map<String, String> MOVABLE_LIMITS = Map.of(
      "draft_reply", "HANDLING_due", "review_reply", "HANDLING_due", "sign_reply", "HANDLING_due",
      "precheck_reply", "HANDLING_due", "deliver_reply", "HANDLING_due", "re_review_opinion", "RE_REVIEW_OPINION_due");

  private FactFunctions() {
  }

  /** The facts of one instance of either process; an instance of any other process yields none. */
  static Facts of(InstanceHistory history) {
    return switch (history.processDefinitionKey()) {
      case LIFECYCLE -> lifecycle(history);
      case SPONSORED_CASE -> new Facts(List.of(), List.of(), List.of(sponsorship(history)));
      default -> Facts.none();
    };
  }

  static Facts lifecycle(InstanceHistory h) {
    Map<String, Object> v = h.variables();
    String number = h.businessKey();
    InstanceHistory.Activity acceptance = last(h, "decide_acceptance");
    String decision = acceptance == null ? null
        : acceptance.endedAt() == null ? "PENDING" : text(v, "acceptanceDecision");
    boolean noticeGiven = "ACCEPT".equals(decision) || "NOT_ACCEPT".equals(decision);
    Map<String, String> repeats = new TreeMap<>();
    v.forEach((name, value) -> {
      if (name.startsWith(REPEAT_PREFIX) && value != null) {
        repeats.put(name.substring(REPEAT_PREFIX.length()), value.toString());
      }
    });
    String handlingUnit = blankToNull(text(v, "unit"));
    MatterFact matter = new MatterFact(number, h.processInstanceId(), null, day(v, "receivedOn"), text(v, "channel"),
        text(v, "category"), blankToNull(text(v, "registeringUnit")), handlingUnit, text(v, "classification"),
        text(v, "route"), !Boolean.FALSE.equals(v.get("noticeOwed")), decision,
        acceptance == null ? null : lastDay(v.get("ACCEPTANCE_NOTICE_due")), noticeGiven ? day(v, "acceptedOn") : null,
        lastDay(v.get("HANDLING_due")), v.get("HANDLING_extensionDays") instanceof Number n ? n.intValue() : 0,
        day(v, "deliveredOn"), text(v, "evaluation"),
        h.activities().stream().anyMatch(a -> EVALUATION_EXPIRED.contains(a.activityId())),
        day(v, "reviewRequestedOn"), day(v, "reReviewRequestedOn"), repeats.size(), outcome(h), h.endedAt());
    List<MatterFact> matters = new ArrayList<>();
    matters.add(matter);
    repeats.forEach((repeatNumber, value) -> matters.add(repeat(repeatNumber, value, matter)));
    return new Facts(matters, steps(h, number), List.of());
  }

  /** A repeat petition: its own receipt, channel, registering unit and category; counted under the original's unit. */
  private static MatterFact repeat(String number, String value, MatterFact original) {
    String[] parts = value.split("\t", 4);
    return new MatterFact(number, original.processInstanceId(), original.number(), LocalDate.parse(parts[0]),
        part(parts, 1), part(parts, 3), part(parts, 2), original.handlingUnit(), null, null, false, null, null, null,
        null, 0, null, null, false, null, null, 0, "REPEAT", null);
  }

  private static List<StepFact> steps(InstanceHistory h, String number) {
    List<StepFact> steps = new ArrayList<>();
    for (InstanceHistory.Activity a : h.activities()) {
      if (!"userTask".equals(a.activityType()) || a.endedAt() == null) {
        continue;
      }
      String movable = MOVABLE_LIMITS.get(a.activityId());
      Instant due = movable != null && h.variables().get(movable) instanceof Date date ? date.toInstant()
          : a.taskId() == null ? null : h.taskDueDates().get(a.taskId());
      boolean completed = !a.canceled();
      Boolean onTime = completed && due != null ? a.endedAt().isBefore(due) : null;
      steps.add(new StepFact(a.activityInstanceId(), h.processInstanceId(), number,
          Step.ofTaskKey(a.activityId()).map(Enum::name).orElse(a.activityId()), a.activityId(), a.startedAt(),
          a.endedAt(), due, completed, onTime));
    }
    return steps;
  }

  static SponsorshipFact sponsorship(InstanceHistory h) {
    Map<String, Object> v = h.variables();
    return new SponsorshipFact(h.processInstanceId(), v.get("sponsorshipId") instanceof Number n ? n.longValue() : 0,
        text(v, "matter"), text(v, "sponsor"), day(v, "assignedOn"), text(v, "outcome"), day(v, "outcomeOn"));
  }

  private static String outcome(InstanceHistory h) {
    String outcome = null;
    for (InstanceHistory.Activity a : h.activities()) {
      outcome = OUTCOMES.getOrDefault(a.activityId(), outcome);
    }
    return outcome;
  }

  private static InstanceHistory.Activity last(InstanceHistory h, String activityId) {
    InstanceHistory.Activity found = null;
    for (InstanceHistory.Activity a : h.activities()) {
      if (a.activityId().equals(activityId)) {
        found = a;
      }
    }
    return found;
  }

  /** The last day of a limit held as its end (the first instant after the last day, Beijing). */
  static LocalDate lastDay(Object due) {
    return due instanceof Date date ? LocalDate.ofInstant(date.toInstant().minusMillis(1), Beijing.ZONE) : null;
  }

  private static LocalDate day(Map<String, Object> v, String name) {
    String text = text(v, name);
    return text == null || text.isBlank() ? null : LocalDate.parse(text);
  }

  private static String text(Map<String, Object> v, String name) {
    Object value = v.get(name);
    return value == null ? null : value.toString();
  }

  private static String part(String[] parts, int index) {
    return parts.length > index ? blankToNull(parts[index]) : null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
