package org.xinfangflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fact functions on hand-made history: what each column is derived from, and the figures they make. */
class FactFunctionsTests {

  private static final Instant T0 = Instant.parse("2025-03-03T04:00:00Z");

  private final List<InstanceHistory.Activity> activities = new ArrayList<>();
  private final Map<String, Object> variables = new HashMap<>();
  private final Map<String, Instant> dueDates = new HashMap<>();

  @Test
  void aClaimRepliedWithinItsExtendedLimitWithARepeat() {
    variables.putAll(Map.of("receivedOn", "2025-03-03", "channel", "LETTER", "category", "城乡建设",
        "registeringUnit", "B", "unit", "U", "classification", "CLAIM", "route", "HANDLE", "noticeOwed", true,
        "acceptanceDecision", "ACCEPT", "acceptedOn", "2025-03-04"));
    variables.put("ACCEPTANCE_NOTICE_due", endOf("2025-03-18"));
    variables.put("HANDLING_due", endOf("2025-05-26"));
    variables.put("HANDLING_extensionDays", 20);
    variables.put("deliveredOn", "2025-05-11");
    variables.put("evaluation", "BASICALLY_SATISFIED");
    variables.put("repeat:XF-2025-000009", "2025-03-05\tVISIT\tB\t城乡建设");
    activity("a1", "dispose", "userTask", 0, 1, false, "t1");
    activity("a2", "decide_acceptance", "userTask", 1, 2, false, "t2");
    activity("a3", "deliver_reply", "userTask", 3, 4, false, "t3");
    activity("a4", "evaluate", "userTask", 4, 5, false, "t4");
    dueDates.put("t3", endOf("2025-05-06").toInstant());

    Facts facts = FactFunctions.of(history("petition-lifecycle"));

    MatterFact matter = facts.matters().get(0);
    assertThat(matter.number()).isEqualTo("XF-2025-000001");
    assertThat(matter.acceptanceDue()).isEqualTo(LocalDate.parse("2025-03-18"));
    assertThat(matter.notifiedOn()).isEqualTo(LocalDate.parse("2025-03-04"));
    assertThat(matter.handlingDue()).isEqualTo(LocalDate.parse("2025-05-26"));
    assertThat(matter.extensionDays()).isEqualTo(20);
    assertThat(matter.repeatCount()).isEqualTo(1);
    MatterFact repeat = facts.matters().get(1);
    assertThat(repeat.repeatOf()).isEqualTo("XF-2025-000001");
    assertThat(repeat.channel()).isEqualTo("VISIT");
    assertThat(repeat.receivedOn()).isEqualTo(LocalDate.parse("2025-03-05"));
    assertThat(repeat.handlingUnit()).isEqualTo("U");
    StepFact delivery = facts.steps().stream().filter(s -> s.activityId().equals("deliver_reply")).findFirst()
        .orElseThrow();
    assertThat(delivery.step()).isEqualTo("REPLY_DELIVERY");
    assertThat(delivery.dueAt()).as("the extended limit, not the task's first due date")
        .isEqualTo(endOf("2025-05-26").toInstant());
    assertThat(delivery.onTime()).isTrue();

    Tally tally = new Tally(LocalDate.parse("2025-12-31"));
    facts.matters().forEach(tally::add);
    FigureSet figures = tally.figures();
    assertThat(figures.timelyAcceptance()).isEqualTo(Figure.of(1, 1));
    assertThat(figures.onTimeCompletion()).isEqualTo(Figure.of(1, 1));
    assertThat(figures.repeatRate().rate()).isEqualByComparingTo("0.5000");
    assertThat(figures.firstTimeResolution()).as("repeated: not resolved the first time").isEqualTo(Figure.of(0, 1));
  }

  @Test
  void anUndecidedNoticeCountsAsLateOnlyOnceItsLastDayHasPassed() {
    variables.putAll(Map.of("receivedOn", "2025-03-03", "unit", "U", "route", "HANDLE"));
    variables.put("ACCEPTANCE_NOTICE_due", endOf("2025-03-18"));
    activity("a1", "decide_acceptance", "userTask", 0, -1, false, "t1");
    MatterFact matter = FactFunctions.of(history("petition-lifecycle")).matters().get(0);
    assertThat(matter.acceptanceDecision()).isEqualTo("PENDING");

    Tally onLastDay = new Tally(LocalDate.parse("2025-03-18"));
    onLastDay.add(matter);
    assertThat(onLastDay.figures().timelyAcceptance()).isEqualTo(Figure.of(0, 0));
    assertThat(onLastDay.figures().timelyAcceptance().rate()).isNull();
    Tally dayAfter = new Tally(LocalDate.parse("2025-03-19"));
    dayAfter.add(matter);
    assertThat(dayAfter.figures().timelyAcceptance()).isEqualTo(Figure.of(0, 1));
  }

  @Test
  void aSponsoredCaseAndItsOutcome() {
    variables.putAll(Map.of("sponsorshipId", 7L, "matter", "XF-2025-000001", "sponsor", "leader",
        "assignedOn", "2025-03-03", "outcome", "CLOSED_BY_PROCEDURE", "outcomeOn", "2025-04-01"));
    SponsorshipFact fact = FactFunctions.of(history("sponsored-case")).sponsorships().get(0);
    assertThat(fact).isEqualTo(new SponsorshipFact("pi-1", 7, "XF-2025-000001", "leader",
        LocalDate.parse("2025-03-03"), "CLOSED_BY_PROCEDURE", LocalDate.parse("2025-04-01")));
  }

  @Test
  void ratesRoundHalfUpToFourDecimals() {
    assertThat(Figure.of(2, 3).rate()).isEqualByComparingTo("0.6667");
    assertThat(Figure.of(1, 8).rate()).isEqualByComparingTo("0.1250");
    assertThat(Figure.of(0, 0).rate()).isNull();
  }

  private InstanceHistory history(String processKey) {
    return new InstanceHistory("pi-1", processKey, "XF-2025-000001", T0, null, activities, variables, dueDates);
  }

  /** An activity {@code start} and {@code end} hours after T0 ({@code end} < 0: still open). */
  private void activity(String id, String activityId, String type, int start, int end, boolean canceled,
      String taskId) {
    activities.add(new InstanceHistory.Activity(id, activityId, type, T0.plusSeconds(3600L * start),
        end < 0 ? null : T0.plusSeconds(3600L * end), canceled, taskId));
  }

  /** The first instant after the last day, Beijing: what the engine holds as {@code STEP_due}. */
  private static Date endOf(String lastDay) {
    return Date.from(LocalDate.parse(lastDay).plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
        .toInstant());
  }
}
