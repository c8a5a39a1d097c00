package org.xinfangflow.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the projection: the only source of the figures. */
@Component
@Transactional(readOnly = true)
class FactQueries {

  private static final int IN_CHUNK = 500;
  private static final String RECEIVED = "select * from report_matter_fact where received_on between ? and ? ";
  private static final String PAGE = "order by received_on, number fetch first ? rows only";

  private final JdbcTemplate jdbc;
  private final int pageSize;

  FactQueries(JdbcTemplate jdbc, ReportsProperties properties) {
    this.jdbc = jdbc;
    this.pageSize = properties.pageSize();
  }

  /**
   * Matters (repeats included) received in the period, first and last day included, handed over a page of
   * {@code xinfang.reports.page-size} at a time (keyset paging by day of receipt and number): the period is
   * never held in memory whole, however many matters it has.
   */
  void pagesReceived(LocalDate from, LocalDate to, Consumer<List<MatterFact>> pages) {
    pagesReceived(from, to, pageSize, pages);
  }

  void pagesReceived(LocalDate from, LocalDate to, int size, Consumer<List<MatterFact>> pages) {
    List<MatterFact> page = jdbc.query(RECEIVED + PAGE, FactQueries::matter, from, to, size);
    while (!page.isEmpty()) {
      pages.accept(page);
      if (page.size() < size) {
        return;
      }
      MatterFact last = page.get(page.size() - 1);
      page = jdbc.query(RECEIVED + "and (received_on, number) > (?, ?) " + PAGE, FactQueries::matter, from, to,
          last.receivedOn(), last.number(), size);
    }
  }

  /** How many matters (repeats included) were received in the period. */
  long countReceived(LocalDate from, LocalDate to) {
    Long count = jdbc.queryForObject("select count(*) from report_matter_fact where received_on between ? and ?",
        Long.class, from, to);
    return count == null ? 0 : count;
  }

  /** Sponsored cases assigned in the period, first and last day included. */
  List<SponsorshipFact> sponsorshipsAssigned(LocalDate from, LocalDate to) {
    return jdbc.query("select * from report_sponsorship_fact where assigned_on between ? and ? order by sponsorship_id",
        FactQueries::sponsorship, from, to);
  }

  /** The matter facts of these numbers, by number (numbers without facts are absent). */
  Map<String, MatterFact> matters(Collection<String> numbers) {
    Map<String, MatterFact> found = new HashMap<>();
    List<String> all = new ArrayList<>(numbers);
    for (int first = 0; first < all.size(); first += IN_CHUNK) {
      List<String> chunk = all.subList(first, Math.min(all.size(), first + IN_CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      jdbc.query("select * from report_matter_fact where number in (" + marks + ")", FactQueries::matter,
          chunk.toArray()).forEach(m -> found.put(m.number(), m));
    }
    return found;
  }

  static MatterFact matter(ResultSet rs, int row) throws SQLException {
    return new MatterFact(rs.getString("number"), rs.getString("process_instance_id"), rs.getString("repeat_of"),
        date(rs, "received_on"), rs.getString("channel"), rs.getString("category"), rs.getString("registering_unit"),
        rs.getString("handling_unit"), rs.getString("classification"), rs.getString("route"),
        rs.getBoolean("notice_owed"), rs.getString("acceptance_decision"), date(rs, "acceptance_due"),
        date(rs, "notified_on"), date(rs, "handling_due"), rs.getInt("extension_days"), date(rs, "concluded_on"),
        rs.getString("evaluation"), rs.getBoolean("evaluation_expired"), date(rs, "review_requested_on"),
        date(rs, "re_review_requested_on"), rs.getInt("repeat_count"), rs.getString("outcome"),
        ProjectionWriter.instant(rs.getObject("ended_at", OffsetDateTime.class)));
  }

  static SponsorshipFact sponsorship(ResultSet rs, int row) throws SQLException {
    return new SponsorshipFact(rs.getString("process_instance_id"), rs.getLong("sponsorship_id"),
        rs.getString("matter_number"), rs.getString("sponsor"), date(rs, "assigned_on"), rs.getString("outcome"),
        date(rs, "outcome_on"));
  }

  static StepFact step(ResultSet rs, int row) throws SQLException {
    boolean hasOnTime = rs.getObject("on_time") != null;
    return new StepFact(rs.getString("activity_instance_id"), rs.getString("process_instance_id"),
        rs.getString("number"), rs.getString("step"), rs.getString("activity_id"),
        ProjectionWriter.instant(rs.getObject("started_at", OffsetDateTime.class)),
        ProjectionWriter.instant(rs.getObject("ended_at", OffsetDateTime.class)),
        ProjectionWriter.instant(rs.getObject("due_at", OffsetDateTime.class)), rs.getBoolean("completed"),
        hasOnTime ? rs.getBoolean("on_time") : null);
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
