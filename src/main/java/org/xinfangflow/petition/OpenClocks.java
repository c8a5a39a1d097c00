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
  private final AlertQueries alerts;
  private final PetitionRepository petitions;
  private final ApplicationEventPublisher publisher;

  OpenClocks(OpenClockRepository clocks, AlertQueries alerts, PetitionRepository petitions,
      ApplicationEventPublisher publisher) {
    this.clocks = clocks;
    this.alerts = alerts;
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
    return page(filter(OVERDUE_STEPS, null, now, unit, viewer), AlertQueries.Order.STATUTORY_END, page);
  }

  /** Clocks whose first end falls after {@code now} and by {@code horizon}, the soonest first. */
  @Transactional(readOnly = true)
  public AlertPage warnings(String unit, Viewer viewer, Instant now, Instant horizon, Pageable page) {
    return page(filter(WARNING_STEPS, now, horizon, unit, viewer), AlertQueries.Order.FIRST_END, page);
  }

  private static AlertQueries.Filter filter(Set<ClockStep> steps, Instant after, Instant until, String unit,
      Viewer viewer) {
    return new AlertQueries.Filter(steps, after, until, unit, viewer.scope(), viewer.hiddenAccusedUnits(),
        viewer.username());
  }

  /** The total needs no count when the page is the first and not full. */
  private AlertPage page(AlertQueries.Filter filter, AlertQueries.Order order, Pageable page) {
    List<ClockAlert> content = alerts.page(filter, order, page).stream().map(ClockAlert::of).toList();
    if (page.getOffset() == 0 && content.size() < page.getPageSize()) {
      return new AlertPage(content, content.size(), false);
    }
    int total = alerts.countUpTo(filter, order, TOTAL_CAP);
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
}
