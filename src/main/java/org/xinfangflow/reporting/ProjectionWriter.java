package org.xinfangflow.reporting;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;

/**
 * Writes the fact rows of process instances: everything the projection held of them is replaced by
 * what {@link FactFunctions} computes from their history now. Used live (before each commit) and by the
 * rebuild, one and the same way. An instance whose history is gone (or going: cleaned after its time to live)
 * keeps the rows it has.
 */
@Component
class ProjectionWriter {

  private static final String[] TABLES = {"report_matter_fact", "report_step_fact", "report_sponsorship_fact"};

  private final EngineHistory history;
  private final MatterTotals totals;
  private final JdbcTemplate jdbc;

  ProjectionWriter(EngineHistory history, MatterTotals totals, JdbcTemplate jdbc) {
    this.history = history;
    this.totals = totals;
    this.jdbc = jdbc;
  }

  /**
   * Recomputes the facts of these instances from the engine's history; returns how many instances it found.
   * Only the instances found are rewritten, and the running totals moved from what their old matter rows
   * counted to what the new ones count.
   */
  int refresh(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return 0;
    }
    lockRunning(processInstanceIds); // before reading: a second writer then reads what the first committed
    List<InstanceHistory> histories = history.load(processInstanceIds);
    List<MatterFact> matters = new ArrayList<>();
    List<StepFact> steps = new ArrayList<>();
    List<SponsorshipFact> sponsorships = new ArrayList<>();
    List<MatterFact> replaced = new ArrayList<>();
    for (InstanceHistory instance : histories) {
      Facts facts = FactFunctions.of(instance);
      matters.addAll(facts.matters());
      steps.addAll(facts.steps());
      sponsorships.addAll(facts.sponsorships());
      replaced.addAll(jdbc.query("select * from report_matter_fact where process_instance_id = ?",
          FactQueries::matter, instance.processInstanceId()));
      for (String table : TABLES) {
        jdbc.update("delete from " + table + " where process_instance_id = ?", instance.processInstanceId());
      }
    }
    insertMatters(matters);
    insertSteps(steps);
    insertSponsorships(sponsorships);
    totals.replace(replaced, matters);
    return histories.size();
  }

  /**
   * Two transactions moving one instance at once (a repeat registered on a matter while its step
   * completes; parallel branches) would both replace its rows, and the later insert would fail on the
   * earlier one's keys. The instance's own execution row serialises them: the second waits here until
   * the first commits, then reads the history the first committed and replaces its rows. Locked in id
   * order, so two refreshes of several instances cannot deadlock; an ended instance has no row to lock.
   */
  private void lockRunning(Collection<String> processInstanceIds) {
    processInstanceIds.stream().sorted().forEach(id ->
        jdbc.queryForList("select id_ from act_ru_execution where id_ = ? for update", String.class, id));
  }

  private void insertMatters(List<MatterFact> rows) {
    jdbc.batchUpdate("""
        insert into report_matter_fact (number, process_instance_id, repeat_of, received_on, channel, category,
          registering_unit, handling_unit, classification, route, notice_owed, acceptance_decision, acceptance_due,
          notified_on, handling_due, extension_days, concluded_on, evaluation, evaluation_expired,
          review_requested_on, re_review_requested_on, repeat_count, outcome, ended_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 200, (ps, m) -> {
      Object[] values = {m.number(), m.processInstanceId(), m.repeatOf(), m.receivedOn(), m.channel(), m.category(),
          m.registeringUnit(), m.handlingUnit(), m.classification(), m.route(), m.noticeOwed(),
          m.acceptanceDecision(), m.acceptanceDue(), m.notifiedOn(), m.handlingDue(), m.extensionDays(),
          m.concludedOn(), m.evaluation(), m.evaluationExpired(), m.reviewRequestedOn(), m.reReviewRequestedOn(),
          m.repeatCount(), m.outcome(), timestamp(m.endedAt())};
      set(ps, values);
    });
  }

  private void insertSteps(List<StepFact> rows) {
    jdbc.batchUpdate("""
        insert into report_step_fact (activity_instance_id, process_instance_id, number, step, activity_id,
          started_at, ended_at, due_at, completed, on_time)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 200, (ps, s) -> {
      Object[] values = {s.activityInstanceId(), s.processInstanceId(), s.number(), s.step(), s.activityId(),
          timestamp(s.startedAt()), timestamp(s.endedAt()), timestamp(s.dueAt()), s.completed(), s.onTime()};
      set(ps, values);
    });
  }

  private void insertSponsorships(List<SponsorshipFact> rows) {
    jdbc.batchUpdate("""
        insert into report_sponsorship_fact (process_instance_id, sponsorship_id, matter_number, sponsor, assigned_on,
          outcome, outcome_on)
        values (?, ?, ?, ?, ?, ?, ?)""", rows, 200, (ps, s) -> {
      Object[] values = {s.processInstanceId(), s.sponsorshipId(), s.matterNumber(), s.sponsor(), s.assignedOn(),
          s.outcome(), s.outcomeOn()};
      set(ps, values);
    });
  }

  private static void set(PreparedStatement ps, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
    }
  }

  /** Instants as offset date-times in UTC: what both H2 and PostgreSQL take for a timestamp with time zone. */
  static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
