package org.xinfangflow.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.identity.MatterScope;

/**
 * 运行中的时限 — the running clocks of all matters, for supervision: the overdue and warning pages, and
 * the alerts that fall due as time passes (each raised once, by one node of a cluster).
 */
@Service
@Transactional
public class OpenClocks {

  /** Clocks that go overdue: every watched clock but the windows. */
  public static final Set<ClockStep> OVERDUE_STEPS = Set.copyOf(Arrays.stream(ClockStep.values())
      .filter(step -> step.isWatched() && !step.isWindow()).toList());

  /** Clocks that warn: every clock someone in the application must act on before it ends. */
  public static final Set<ClockStep> WARNING_STEPS = Set.copyOf(Arrays.stream(ClockStep.values())
      .filter(ClockStep::isWatched).toList());

  private final OpenClockRepository clocks;
  private final PetitionRepository petitions;
  private final ApplicationEventPublisher publisher;

  OpenClocks(OpenClockRepository clocks, PetitionRepository petitions, ApplicationEventPublisher publisher) {
    this.clocks = clocks;
    this.petitions = petitions;
    this.publisher = publisher;
  }

  /** Who is asking and what they may see: the scope, the accused units hidden from them, their name. */
  public record Viewer(MatterScope scope, Set<String> hiddenAccusedUnits, String username) {
  }

  /** Totals above this are reported as "at least" ({@code totalCapped}). */
  public static final int TOTAL_CAP = 1_000;

  /** A page of alerts; {@code totalElements} is exact up to {@link #TOTAL_CAP}, else the cap with {@code totalCapped}. */
  public record AlertPage(List<ClockAlert> content, long totalElements, boolean totalCapped) {
  }

  /** Clocks past their local target or statutory limit at {@code now}, the most urgent first. */
  @Transactional(readOnly = true)
  public AlertPage overdue(String unit, Viewer viewer, Instant now, Pageable page) {
    MatterScope scope = viewer.scope();
    boolean scoped = !scope.unlimited();
    Set<String> units = orNone(scope.handlingUnits());
    Set<String> registering = orNone(scope.registeringUnits());
    Set<String> hidden = orNone(viewer.hiddenAccusedUnits());
    List<AlertRow> rows = clocks.overdue(OVERDUE_STEPS, now, unit, scoped, units, registering, hidden,
        viewer.username(), page);
    return page(rows, page, () -> clocks.overdueIds(OVERDUE_STEPS, now, unit, scoped, units, registering, hidden,
        viewer.username(), PageRequest.of(0, TOTAL_CAP + 1)).size());
  }

  /** Clocks whose first end falls after {@code now} and by {@code horizon}, the soonest first. */
  @Transactional(readOnly = true)
  public AlertPage warnings(String unit, Viewer viewer, Instant now, Instant horizon, Pageable page) {
    MatterScope scope = viewer.scope();
    boolean scoped = !scope.unlimited();
    Set<String> units = orNone(scope.handlingUnits());
    Set<String> registering = orNone(scope.registeringUnits());
    Set<String> hidden = orNone(viewer.hiddenAccusedUnits());
    List<AlertRow> rows = clocks.warnings(WARNING_STEPS, now, horizon, unit, scoped, units, registering, hidden,
        viewer.username(), page);
    return page(rows, page, () -> clocks.warningIds(WARNING_STEPS, now, horizon, unit, scoped, units, registering,
        hidden, viewer.username(), PageRequest.of(0, TOTAL_CAP + 1)).size());
  }

  /** The total needs no count when the page is the first and not full. */
  private static AlertPage page(List<AlertRow> rows, Pageable page, java.util.function.IntSupplier count) {
    List<ClockAlert> content = rows.stream().map(ClockAlert::of).toList();
    if (page.getOffset() == 0 && rows.size() < page.getPageSize()) {
      return new AlertPage(content, rows.size(), false);
    }
    int total = count.getAsInt();
    return new AlertPage(content, Math.min(total, TOTAL_CAP), total > TOTAL_CAP);
  }

  /** Whether any clock of the matter is past its statutory limit at {@code now}. */
  @Transactional(readOnly = true)
  public boolean isOverdue(String number, Instant now) {
    return clocks.countOverdue(number, OVERDUE_STEPS, now) > 0;
  }

  /** The unit that answers for the matter's most pressing running clock, if any clock runs. */
  @Transactional(readOnly = true)
  public java.util.Optional<String> unitAnsweringFor(String number) {
    return clocks.openClocksOf(number).stream().filter(d -> d.getStep().isWatched())
        .map(PetitionDeadline::getResponsibleUnit).filter(java.util.Objects::nonNull).findFirst();
  }

  /**
   * Raises the alerts due by {@code now} on up to {@code batch} clocks and publishes each as a
   * {@link RaisedAlert}; returns how many were raised. A clock another node raised first is skipped.
   */
  public int raiseDue(Instant now, int batch) {
    List<RaisedAlert> raised = new ArrayList<>();
    for (PetitionDeadline clock : clocks.alertsDue(now, PageRequest.of(0, batch))) {
      AlertLevel level = clock.reachedBeyondRaised(now);
      int from = clock.alertLevelOrdinal();
      if (level == AlertLevel.NONE) {
        clock.raised(AlertLevel.values()[from]); // nothing beyond: only re-arm the next alert time
        continue;
      }
      if (clocks.claimAlert(clock.getId(), from, level.ordinal()) == 1) {
        clock.raised(level);
        raised.add(alertOf(clock, level, AlertLevel.values()[from]));
      }
    }
    raised.forEach(publisher::publishEvent);
    return raised.size();
  }

  private RaisedAlert alertOf(PetitionDeadline clock, AlertLevel level, AlertLevel previous) {
    Petition matter = petitions.findById(clock.getPetitionId()).orElseThrow();
    return new RaisedAlert(matter.getNumber(), matter.getTitle(), clock.getStep(), level, previous,
        clock.getResponsibleUnit(),
        matter.getUnitCode(), matter.getRegisteredUnit(), matter.getAccusedUnit(), Set.copyOf(matter.getAccusedPersons()),
        clock.getDue(), clock.getTargetDue(),
        clock.view().rule());
  }

  private static Set<String> orNone(Set<String> values) {
    return values.isEmpty() ? Set.of("-") : values;
  }
}
