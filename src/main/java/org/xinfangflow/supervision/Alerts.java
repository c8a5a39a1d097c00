package org.xinfangflow.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.petition.ClockAlert;
import org.xinfangflow.petition.OpenClocks;

/**
 * 超期与临期 — the supervisor's two pages over every running clock in scope. Overdue: past the local
 * target or the statutory limit, the statutory last day first (so every legal breach comes before
 * a target-only one). Warnings: the first end (target, else statutory) within the next days, soonest first.
 */
@Service
class Alerts {

  private final OpenClocks clocks;
  private final DataScope scope;
  private final Clock clock;

  Alerts(OpenClocks clocks, DataScope scope, Clock clock) {
    this.clocks = clocks;
    this.scope = scope;
    this.clock = clock;
  }

  /** A page of rows; the total is exact up to {@link OpenClocks#TOTAL_CAP}, else that with {@code totalCapped}. */
  record AlertPage(List<AlertView> content, long totalElements, boolean totalCapped) {
  }

  AlertPage overdue(String unit, CurrentUser user, Pageable page) {
    Instant now = clock.instant();
    LocalDate today = Beijing.today(clock);
    return map(clocks.overdue(unit, viewer(user), now, page), alert -> {
      boolean statutory = !now.isBefore(alert.endsAt());
      LocalDate breached = statutory ? alert.due() : alert.targetDue();
      return view(alert, statutory ? AlertView.Breach.STATUTORY : AlertView.Breach.LOCAL_TARGET,
          (int) (today.toEpochDay() - breached.toEpochDay()), null, today);
    });
  }

  AlertPage warnings(String unit, int withinDays, CurrentUser user, Pageable page) {
    Instant now = clock.instant();
    LocalDate today = Beijing.today(clock);
    Instant horizon = today.plusDays(withinDays + 1L).atStartOfDay(Beijing.ZONE).toInstant();
    return map(clocks.warnings(unit, viewer(user), now, horizon, page), alert -> {
      boolean target = alert.targetDue() != null;
      LocalDate next = target ? alert.targetDue() : alert.due();
      return view(alert, target ? AlertView.Breach.LOCAL_TARGET : AlertView.Breach.STATUTORY, null,
          (int) (next.toEpochDay() - today.toEpochDay()), today);
    });
  }

  private static AlertPage map(OpenClocks.AlertPage page, Function<ClockAlert, AlertView> view) {
    return new AlertPage(page.content().stream().map(view).toList(), page.totalElements(), page.totalCapped());
  }

  private OpenClocks.Viewer viewer(CurrentUser user) {
    return new OpenClocks.Viewer(scope.of(user), scope.accusedUnitsHiddenFrom(user), user.username());
  }

  private static AlertView view(ClockAlert alert, AlertView.Breach breach, Integer daysLate, Integer daysLeft,
      LocalDate today) {
    return new AlertView(alert.number(), alert.title(), alert.status(), alert.node(), Labels.node(alert.node()),
        alert.step(), Labels.clock(alert.step()), alert.responsibleUnit(), alert.due(), alert.rule(), alert.article(),
        alert.targetDue(), alert.targetRule(), alert.fastTrack(), breach, daysLate, daysLeft,
        (int) (alert.due().toEpochDay() - today.toEpochDay()));
  }
}
