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
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the projection: the only source of the figures. */
@Component
@Transactional(readOnly = true)
class FactQueries {

  /** Matter numbers looked up per query. */
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
   * What the matters of a group count in whatever day the report is made ({@link Counting#settled}), summed by
   * the database from the fact rows: the same columns as report_matter_total. Each condition is Counting's,
   * word for word (ReportingIntegrationTests holds the two to the same figures).
   */
  private static final String SETTLED_COUNTERS = """
      count(*) as registered,
      count(*) filter (where notice_owed and acceptance_due is not null
        and acceptance_decision in ('ACCEPT', 'NOT_ACCEPT') and notified_on is not null
        and notified_on <= acceptance_due) as timely_acceptance_num,
      count(*) filter (where notice_owed and acceptance_due is not null
        and acceptance_decision in ('ACCEPT', 'NOT_ACCEPT') and notified_on is not null) as timely_acceptance_den,
      count(*) filter (where handling_due is not null and concluded_on <= handling_due) as on_time_completion_num,
      count(*) filter (where handling_due is not null and concluded_on is not null) as on_time_completion_den,
      count(*) filter (where evaluation in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfaction_num,
      count(evaluation) as satisfaction_den,
      count(evaluation) as participation_num,
      count(*) filter (where evaluation is not null or evaluation_expired) as participation_den,
      count(repeat_of) as repeat_rate_num,
      count(*) as repeat_rate_den,
      count(*) filter (where repeat_of is null and concluded_on is not null and repeat_count = 0
        and review_requested_on is null and evaluation in ('SATISFIED', 'BASICALLY_SATISFIED'))
        as first_time_resolution_num,
      count(*) filter (where repeat_of is null and concluded_on is not null) as first_time_resolution_den,
      count(*) filter (where classification in ('CLAIM_LEGAL_CHANNEL', 'LITIGATION') and route = 'ROUTED')
        as routing_rate_num,
      count(*) filter (where classification in ('CLAIM_LEGAL_CHANNEL', 'LITIGATION')) as routing_rate_den
      """;

  /** The same columns summed from report_matter_total. */
  private static final String SUMMED_COUNTERS = MatterTotals.COLUMNS.stream()
      .map(column -> "sum(" + column + ") as " + column).collect(Collectors.joining(", "));

  /**
   * What the day the report is made adds ({@link Counting#of(MatterFact, LocalDate)} less
   * {@link Counting#settled}): matters still undecided, or not concluded, after the last day of their limit
   * count in the denominator. Two parameters: the day the report is made.
   */
  private static final String WAITING_COUNTERS = """
      count(*) filter (where notice_owed and acceptance_due is not null and acceptance_decision = 'PENDING'
        and acceptance_due < ?) as timely_acceptance_den,
      count(*) filter (where handling_due is not null and concluded_on is null and handling_due < ?)
        as on_time_completion_den
      """;

  /** The matters WAITING_COUNTERS counts, found by their own indexes; two parameters, the day the report is made. */
  private static final String WAITING = " and (acceptance_decision = 'PENDING' and acceptance_due < ?"
      + " or concluded_on is null and handling_due < ?)";

  /** The first day of the month of a day, on PostgreSQL and H2 alike. */
  private static final String MONTH_OF_RECEIPT = "cast(date_trunc('month', cast(received_on as timestamp)) as date)";

  /** How the groups of a breakdown are keyed in report_matter_total and in report_matter_fact. */
  private record Grouping(String totalKeys, String totalGroups, String factKeys, String factGroups) {
  }

  private static final Grouping BY_UNITS = new Grouping(
      "nullif(handling_unit, '') as handling_unit, nullif(registering_unit, '') as registering_unit",
      "handling_unit, registering_unit", "handling_unit, registering_unit", "handling_unit, registering_unit");

  private static final Grouping BY_CATEGORY_CHANNEL_MONTH = new Grouping(
      "nullif(category, '') as category, nullif(channel, '') as channel, received_month",
      "category, channel, received_month",
      "category, channel, " + MONTH_OF_RECEIPT + " as received_month", "category, channel, " + MONTH_OF_RECEIPT);

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
   * The matters received in the period, counted per handling unit and registering unit (a group may come more
   * than once: its counts add up). See {@link #counted}.
   */
  List<Units> matterCountsByUnits(LocalDate from, LocalDate to, LocalDate asOf) {
    return counted(BY_UNITS, from, to, asOf, null,
        (rs, counts) -> new Units(rs.getString("handling_unit"), rs.getString("registering_unit"), counts));
  }

  /**
   * The matters received in the period, counted per category, channel and month of receipt: of those handled
   * or registered by one of {@code units}, or of all when {@code units} is null (a group may come more than
   * once: its counts add up). See {@link #counted}.
   */
  List<CategoryChannelMonth> matterCountsByCategoryChannelAndMonth(LocalDate from, LocalDate to, LocalDate asOf,
      Collection<String> units) {
    return counted(BY_CATEGORY_CHANNEL_MONTH, from, to, asOf, units,
        (rs, counts) -> new CategoryChannelMonth(rs.getString("category"), rs.getString("channel"),
            YearMonth.from(rs.getObject("received_month", LocalDate.class)), counts));
  }

  /** One group's row and its counts, as a breakdown's own record. */
  private interface GroupRow<T> {
    T map(ResultSet rs, Tally.Counts counts) throws SQLException;
  }

  /**
   * A breakdown of the matters received in the period, in three parts that add up to what Counting counts
   * matter by matter as of {@code asOf}: the running totals of the whole months of the period (a few thousand
   * sums however many matters); the fact rows of the days before its first whole month and after its last;
   * and, over the whole period, the matters waiting past the last day of a limit, by their own indexes.
   */
  private <T> List<T> counted(Grouping grouping, LocalDate from, LocalDate to, LocalDate asOf,
      Collection<String> units, GroupRow<T> row) {
    List<Object> scopeParameters = new ArrayList<>();
    String scope = "";
    if (units != null) {
      String marks = String.join(",", Collections.nCopies(units.size(), "?"));
      scope = " and (handling_unit in (" + marks + ") or registering_unit in (" + marks + "))";
      scopeParameters.addAll(units);
      scopeParameters.addAll(units);
    }
    List<T> groups = new ArrayList<>();
    WholeMonths months = WholeMonths.of(from, to);
    if (months != null) {
      groups.addAll(jdbc.query("select " + grouping.totalKeys() + ", " + SUMMED_COUNTERS
          + " from report_matter_total where received_month between ? and ?" + scope
          + " group by " + grouping.totalGroups(),
          (rs, n) -> row.map(rs, settledCounts(rs)),
          parameters(List.of(months.first(), months.last()), scopeParameters)));
    }
    for (LocalDate[] days : WholeMonths.daysOutside(months, from, to)) {
      groups.addAll(jdbc.query("select " + grouping.factKeys() + ", " + SETTLED_COUNTERS
          + " from report_matter_fact where received_on between ? and ?" + scope
          + " group by " + grouping.factGroups(),
          (rs, n) -> row.map(rs, settledCounts(rs)), parameters(List.of(days[0], days[1]), scopeParameters)));
    }
    groups.addAll(jdbc.query("select " + grouping.factKeys() + ", " + WAITING_COUNTERS
        + " from report_matter_fact where received_on between ? and ?" + WAITING + scope
        + " group by " + grouping.factGroups(),
        (rs, n) -> row.map(rs, Tally.Counts.of(0)
            .with(ReportFigure.TIMELY_ACCEPTANCE, 0, rs.getLong("timely_acceptance_den"))
            .with(ReportFigure.ON_TIME_COMPLETION, 0, rs.getLong("on_time_completion_den"))),
        parameters(List.of(asOf, asOf, from, to, asOf, asOf), scopeParameters)));
    return groups;
  }

  private static Object[] parameters(List<Object> first, List<Object> then) {
    List<Object> all = new ArrayList<>(first);
    all.addAll(then);
    return all.toArray();
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
    byNumbers("number, handling_unit, registering_unit, category, channel", numbers, rs -> {
      matters.put(rs.getString("number"), Arrays.asList(rs.getString("handling_unit"),
          rs.getString("registering_unit"), rs.getString("category"), rs.getString("channel")));
    });
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

  /** The columns of report_matter_total (and SETTLED_COUNTERS) of a row, as counts. */
  private static Tally.Counts settledCounts(ResultSet rs) throws SQLException {
    Tally.Counts counts = Tally.Counts.of(rs.getLong("registered"));
    for (ReportFigure figure : MatterTotals.FIGURES) {
      counts.with(figure, rs.getLong(MatterTotals.numerator(figure)), rs.getLong(MatterTotals.denominator(figure)));
    }
    return counts;
  }

  /** Sponsored cases assigned in the period, first and last day included. */
  List<SponsorshipFact> sponsorshipsAssigned(LocalDate from, LocalDate to) {
    return jdbc.query("select * from report_sponsorship_fact where assigned_on between ? and ? order by sponsorship_id",
        FactQueries::sponsorship, from, to);
  }

  /** The matter facts of these numbers, by number (numbers without facts are absent). */
  Map<String, MatterFact> matters(Collection<String> numbers) {
    Map<String, MatterFact> found = new HashMap<>();
    byNumbers("*", new ArrayList<>(numbers), rs -> {
      MatterFact m = matter(rs, 0);
      found.put(m.number(), m);
    });
    return found;
  }

  /** Reads these columns of the fact rows of these matter numbers, LOOKUP_CHUNK numbers a query. */
  private void byNumbers(String columns, List<String> numbers, RowCallbackHandler row) {
    for (int first = 0; first < numbers.size(); first += LOOKUP_CHUNK) {
      List<String> chunk = numbers.subList(first, Math.min(numbers.size(), first + LOOKUP_CHUNK));
      jdbc.query("select " + columns + " from report_matter_fact where number in ("
          + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", row, chunk.toArray());
    }
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
