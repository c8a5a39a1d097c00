package org.xinfangflow.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 累计数 — keeps report_matter_total, the running totals of the matter facts per month of receipt, handling
 * unit, registering unit, category and channel: how many matters, and each figure's numerator and denominator
 * as {@link Counting#settled} counts them. {@link ProjectionWriter} hands over an instance's old fact rows and
 * its new ones in the transaction that replaces them; the difference is added to the cells it touches, in key
 * order (two transactions touching the same cells wait for each other rather than deadlock). The yearly report
 * then reads the sums of its whole months.
 */
@Component
class MatterTotals {

  /** The figures a matter counts in (a sponsored case counts in the last, kept apart). */
  static final List<ReportFigure> FIGURES = Arrays.stream(ReportFigure.values())
      .filter(figure -> figure != ReportFigure.SPONSORED_RESOLUTION).toList();

  /** The counting columns of report_matter_total, in this order: registered, then per figure numerator, denominator. */
  static final List<String> COLUMNS = Stream.concat(Stream.of("registered"),
      FIGURES.stream().flatMap(figure -> Stream.of(numerator(figure), denominator(figure)))).toList();

  private static final String KEY = "received_month = ? and handling_unit = ? and registering_unit = ?"
      + " and category = ? and channel = ?";
  private static final String ADD = "update report_matter_total set "
      + COLUMNS.stream().map(c -> c + " = " + c + " + ?").collect(Collectors.joining(", ")) + " where " + KEY;
  private static final String INSERT = "insert into report_matter_total (received_month, handling_unit,"
      + " registering_unit, category, channel, " + String.join(", ", COLUMNS) + ") values (?, ?, ?, ?, ?, "
      + COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
  /** SQLSTATE of a unique key violated, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final JdbcTemplate jdbc;

  MatterTotals(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static String numerator(ReportFigure figure) {
    return figure.name().toLowerCase() + "_num";
  }

  static String denominator(ReportFigure figure) {
    return figure.name().toLowerCase() + "_den";
  }

  /** A cell of the totals: a key column without a value is ''. */
  record Cell(LocalDate month, String handlingUnit, String registeringUnit, String category, String channel) {

    static final Comparator<Cell> ORDER = Comparator.comparing(Cell::month).thenComparing(Cell::handlingUnit)
        .thenComparing(Cell::registeringUnit).thenComparing(Cell::category).thenComparing(Cell::channel);

    static Cell of(MatterFact m) {
      return new Cell(YearMonth.from(m.receivedOn()).atDay(1), orEmpty(m.handlingUnit()),
          orEmpty(m.registeringUnit()), orEmpty(m.category()), orEmpty(m.channel()));
    }

    private static String orEmpty(String value) {
      return value == null ? "" : value;
    }
  }

  /** Takes what {@code before} counted off the totals and adds what {@code after} counts. */
  void replace(Collection<MatterFact> before, Collection<MatterFact> after) {
    Map<Cell, long[]> changes = new TreeMap<>(Cell.ORDER);
    before.forEach(m -> count(changes, m, -1));
    after.forEach(m -> count(changes, m, 1));
    changes.forEach((cell, change) -> {
      if (Arrays.stream(change).anyMatch(value -> value != 0)) {
        add(cell, change);
      }
    });
  }

  private static void count(Map<Cell, long[]> changes, MatterFact m, int sign) {
    long[] change = changes.computeIfAbsent(Cell.of(m), cell -> new long[COLUMNS.size()]);
    Counting counting = Counting.settled(m);
    change[0] += sign;
    for (int i = 0; i < FIGURES.size(); i++) {
      change[1 + 2 * i] += counting.inNumerator(FIGURES.get(i)) ? sign : 0;
      change[2 + 2 * i] += counting.inDenominator(FIGURES.get(i)) ? sign : 0;
    }
  }

  /**
   * Adds to the cell's row; a cell not there yet is inserted under a savepoint, and if another transaction
   * inserted it first (it waits for that one to commit), the insert is undone and the row it committed added to.
   */
  private void add(Cell cell, long[] change) {
    jdbc.execute((ConnectionCallback<Void>) connection -> {
      if (update(connection, cell, change) == 0) {
        Savepoint savepoint = connection.setSavepoint();
        try {
          insert(connection, cell, change);
          connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
          if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            throw e;
          }
          connection.rollback(savepoint);
          if (update(connection, cell, change) != 1) {
            throw new IllegalStateException("report_matter_total: cell " + cell + " neither added to nor inserted", e);
          }
        }
      }
      return null;
    });
  }

  private static int update(Connection connection, Cell cell, long[] change) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(ADD)) {
      List<Object> values = new ArrayList<>();
      Arrays.stream(change).forEach(values::add);
      values.addAll(key(cell));
      set(ps, values);
      return ps.executeUpdate();
    }
  }

  private static void insert(Connection connection, Cell cell, long[] change) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
      List<Object> values = new ArrayList<>(key(cell));
      Arrays.stream(change).forEach(values::add);
      set(ps, values);
      ps.executeUpdate();
    }
  }

  private static List<Object> key(Cell cell) {
    return List.of(cell.month(), cell.handlingUnit(), cell.registeringUnit(), cell.category(), cell.channel());
  }

  private static void set(PreparedStatement ps, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      ps.setObject(i + 1, values.get(i));
    }
  }
}
