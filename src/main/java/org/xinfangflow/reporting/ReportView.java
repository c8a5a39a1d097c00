package org.xinfangflow.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 统计报表 — the answer of {@code /api/reports/yearly} and {@code /api/reports} (API.md): the period, the
 * jurisdiction (a unit with every unit under it), {@code totals.registered}, the figures of DOMAIN.md §6,
 * the same per unit (rolled up), category, channel and month, and the change against the same period a
 * year earlier. {@code asOf}: the day limits were judged against (a matter still open past its last day
 * counts as late).
 */
record ReportView(LocalDate from, LocalDate to, String jurisdiction, String jurisdictionName, LocalDate asOf,
    Totals totals, FigureSet figures, Breakdowns breakdowns, YearOverYear yearOverYear) {

  record Totals(long registered) {
  }

  /** One row of a breakdown: {@code key} (unit code, category, channel, {@code yyyy-MM}) and its name. */
  record Row(String key, String name, long registered, FigureSet figures) {
  }

  record Breakdowns(List<Row> unit, List<Row> category, List<Row> channel, List<Row> month) {
  }

  /** 同比 — registered and each figure's rate against the same days one year earlier. */
  record YearOverYear(LocalDate previousFrom, LocalDate previousTo, Count registered, Map<String, RateChange> figures) {

    static YearOverYear of(LocalDate from, LocalDate to, Tally current, Tally previous) {
      Map<String, RateChange> figures = new LinkedHashMap<>();
      Map<String, Figure> before = previous.figures().byName();
      current.figures().byName().forEach((name, now) -> figures.put(name, RateChange.of(now, before.get(name))));
      return new YearOverYear(from, to, Count.of(current.registered(), previous.registered()), figures);
    }
  }

  /** A count now and before, the difference, and the difference as a fraction of before (null when before is 0). */
  record Count(long current, long previous, long change, BigDecimal rate) {

    static Count of(long current, long previous) {
      return new Count(current, previous, current - previous, previous == 0 ? null
          : BigDecimal.valueOf(current - previous).divide(BigDecimal.valueOf(previous), Figure.SCALE,
              RoundingMode.HALF_UP));
    }
  }

  /** A rate now and before and the difference (null when either is null). */
  record RateChange(BigDecimal current, BigDecimal previous, BigDecimal change) {

    static RateChange of(Figure now, Figure before) {
      return new RateChange(now.rate(), before.rate(),
          now.rate() == null || before.rate() == null ? null : now.rate().subtract(before.rate()));
    }
  }
}
