package org.xinfangflow.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  /** Matter numbers looked up per query by the report's count of sponsored cases. */
  private static final int LOOKUP_CHUNK = 5000;
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

  /**
   * Where the matters of a group count ({@link Counting#of(MatterFact, LocalDate)}), summed by the database, so
   * that a year of the yearly report is read as a few thousand sums rather than a million rows. Each condition
   * is Counting's, word for word (ReportingIntegrationTests holds the two to the same figures); a limit counts
   * as missed once its last day is before the day the report is made (the two parameters).
   */
  private static final String MATTER_COUNTERS = """
      count(*) as registered,
      count(*) filter (where notice_owed and acceptance_due is not null
        and acceptance_decision in ('ACCEPT', 'NOT_ACCEPT') and notified_on is not null
        and notified_on <= acceptance_due) as notice_on_time,
      count(*) filter (where notice_owed and acceptance_due is not null
        and (acceptance_decision in ('ACCEPT', 'NOT_ACCEPT') and notified_on is not null
          or acceptance_decision = 'PENDING' and acceptance_due < ?)) as notice_required,
      count(*) filter (where handling_due is not null and concluded_on <= handling_due) as concluded_on_time,
      count(*) filter (where handling_due is not null
        and (concluded_on is not null or handling_due < ?)) as concluded_or_late,
      count(*) filter (where evaluation in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied,
      count(evaluation) as evaluated,
      count(*) filter (where evaluation is null and evaluation_expired) as evaluation_expired,
      count(repeat_of) as repeats,
      count(*) filter (where repeat_of is null and concluded_on is not null and repeat_count = 0
        and review_requested_on is null and evaluation in ('SATISFIED', 'BASICALLY_SATISFIED')) as first_resolved,
      count(*) filter (where repeat_of is null and concluded_on is not null) as first_concluded,
      count(*) filter (where classification in ('CLAIM_LEGAL_CHANNEL', 'LITIGATION') and route = 'ROUTED') as routed,
      count(*) filter (where classification in ('CLAIM_LEGAL_CHANNEL', 'LITIGATION')) as with_legal_channel
      """;

  /** The first day of the month of a day, on PostgreSQL and H2 alike. */
  private static final String MONTH_OF_RECEIPT = "cast(date_trunc('month', cast(received_on as timestamp)) as date)";

  /** Counters of a group of facts sharing a handling unit and a registering unit. */
  record Units(String handlingUnit, String registeringUnit, Tally.Counts counts) {
  }

  /** Counters of a group of facts sharing a category, a channel and a month. */
  record CategoryChannelMonth(String category, String channel, YearMonth month, Tally.Counts counts) {
  }

  /** Counters of the sponsored cases of a group sharing their matter's units, category, channel and a month. */
  record Sponsored(String handlingUnit, String registeringUnit, String category, String channel, YearMonth month,
      Tally.Counts counts) {
  }

  /**
   * The matters received in the period, counted per handling unit and registering unit: a few hundred groups,
   * which the database sums in one hash table whatever the number of matters.
   */
  List<Units> matterCountsByUnits(LocalDate from, LocalDate to, LocalDate asOf) {
    return jdbc.query("select handling_unit, registering_unit, " + MATTER_COUNTERS
        + " from report_matter_fact where received_on between ? and ? group by handling_unit, registering_unit",
        (rs, row) -> new Units(rs.getString("handling_unit"), rs.getString("registering_unit"), matterCounts(rs)),
        asOf, asOf, from, to);
  }

  /**
   * The matters received in the period, counted per category, channel and month of receipt: of those handled
   * or registered by one of {@code units}, or of all when {@code units} is null.
   */
  List<CategoryChannelMonth> matterCountsByCategoryChannelAndMonth(LocalDate from, LocalDate to, LocalDate asOf,
      Collection<String> units) {
    List<Object> parameters = new ArrayList<>(List.of(asOf, asOf, from, to));
    String scope = "";
    if (units != null) {
      String marks = String.join(",", Collections.nCopies(units.size(), "?"));
      scope = " and (handling_unit in (" + marks + ") or registering_unit in (" + marks + "))";
      parameters.addAll(units);
      parameters.addAll(units);
    }
    return jdbc.query("select category, channel, " + MONTH_OF_RECEIPT + " as received_month, " + MATTER_COUNTERS
        + " from report_matter_fact where received_on between ? and ?" + scope
        + " group by category, channel, " + MONTH_OF_RECEIPT,
        (rs, row) -> new CategoryChannelMonth(rs.getString("category"), rs.getString("channel"),
            YearMonth.from(rs.getObject("received_month", LocalDate.class)), matterCounts(rs)),
        parameters.toArray());
  }

  /**
   * The sponsored cases assigned in the period, counted per their matter's units, category and channel and the
   * month of assignment ({@link Counting#of(SponsorshipFact)}; a case whose matter has no facts is left out).
   * The cases are counted per matter first, then their matters looked up by number: joined in one query, the
   * database would rather read every matter of the table than look up a few thousand.
   */
  List<Sponsored> sponsorshipCounts(LocalDate from, LocalDate to) {
    String month = "cast(date_trunc('month', cast(assigned_on as timestamp)) as date)";
    record PerMatter(String number, YearMonth month, long sponsorships, long resolved) {
    }
    List<PerMatter> perMatter = jdbc.query("select matter_number, " + month + " as assigned_month,"
        + " count(*) as sponsorships, count(outcome) as resolved from report_sponsorship_fact"
        + " where assigned_on between ? and ? group by matter_number, " + month,
        (rs, row) -> new PerMatter(rs.getString("matter_number"),
            YearMonth.from(rs.getObject("assigned_month", LocalDate.class)), rs.getLong("sponsorships"),
            rs.getLong("resolved")), from, to);
    Map<String, List<String>> matters = new HashMap<>();
    List<String> numbers = perMatter.stream().map(PerMatter::number).distinct().toList();
    for (int first = 0; first < numbers.size(); first += LOOKUP_CHUNK) {
      List<String> chunk = numbers.subList(first, Math.min(numbers.size(), first + LOOKUP_CHUNK));
      jdbc.query("select number, handling_unit, registering_unit, category, channel from report_matter_fact"
          + " where number in (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
          (ResultSet rs) -> {
            matters.put(rs.getString("number"), Arrays.asList(rs.getString("handling_unit"),
                rs.getString("registering_unit"), rs.getString("category"), rs.getString("channel")));
          }, chunk.toArray());
    }
    Map<List<Object>, long[]> sums = new LinkedHashMap<>();
    for (PerMatter p : perMatter) {
      List<String> matter = matters.get(p.number());
      if (matter != null) {
        List<Object> key = new ArrayList<>(matter);
        key.add(p.month());
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += p.sponsorships();
        sum[1] += p.resolved();
      }
    }
    List<Sponsored> groups = new ArrayList<>();
    sums.forEach((key, sum) -> groups.add(new Sponsored((String) key.get(0), (String) key.get(1),
        (String) key.get(2), (String) key.get(3), (YearMonth) key.get(4),
        Tally.Counts.of(0).with(ReportFigure.SPONSORED_RESOLUTION, sum[1], sum[0]))));
    return groups;
  }

  private static Tally.Counts matterCounts(ResultSet rs) throws SQLException {
    long registered = rs.getLong("registered");
    long evaluated = rs.getLong("evaluated");
    return Tally.Counts.of(registered)
        .with(ReportFigure.TIMELY_ACCEPTANCE, rs.getLong("notice_on_time"), rs.getLong("notice_required"))
        .with(ReportFigure.ON_TIME_COMPLETION, rs.getLong("concluded_on_time"), rs.getLong("concluded_or_late"))
        .with(ReportFigure.SATISFACTION, rs.getLong("satisfied"), evaluated)
        .with(ReportFigure.PARTICIPATION, evaluated, evaluated + rs.getLong("evaluation_expired"))
        .with(ReportFigure.REPEAT_RATE, rs.getLong("repeats"), registered)
        .with(ReportFigure.FIRST_TIME_RESOLUTION, rs.getLong("first_resolved"), rs.getLong("first_concluded"))
        .with(ReportFigure.ROUTING_RATE, rs.getLong("routed"), rs.getLong("with_legal_channel"));
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
