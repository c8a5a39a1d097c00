package org.xinfangflow.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
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

  /** Clocks past their local target or statutory limit at {@code now}, the most urgent first. */
  @Transactional(readOnly = true)
  public Page<ClockAlert> overdue(String unit, Viewer viewer, Instant now, Pageable page) {
    MatterScope scope = viewer.scope();
    return clocks.overdue(OVERDUE_STEPS, now, unit, !scope.unlimited(), orNone(scope.handlingUnits()),
        orNone(scope.registeringUnits()), orNone(viewer.hiddenAccusedUnits()), viewer.username(), page)
        .map(ClockAlert::of);
  }

  /** Clocks whose first end falls after {@code now} and by {@code horizon}, the soonest first. */
  @Transactional(readOnly = true)
  public Page<ClockAlert> warnings(String unit, Viewer viewer, Instant now, Instant horizon, Pageable page) {
    MatterScope scope = viewer.scope();
    return clocks.warnings(WARNING_STEPS, now, horizon, unit, !scope.unlimited(), orNone(scope.handlingUnits()),
        orNone(scope.registeringUnits()), orNone(viewer.hiddenAccusedUnits()), viewer.username(), page)
        .map(ClockAlert::of);
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
        raised.add(alertOf(clock, level));
      }
    }
    raised.forEach(publisher::publishEvent);
    return raised.size();
  }

  private RaisedAlert alertOf(PetitionDeadline clock, AlertLevel level) {
    Petition matter = petitions.findById(clock.getPetitionId()).orElseThrow();
    return new RaisedAlert(matter.getNumber(), matter.getTitle(), clock.getStep(), level, clock.getResponsibleUnit(),
        matter.getUnitCode(), matter.getRegisteredUnit(), matter.getAccusedUnit(), Set.copyOf(matter.getAccusedPersons()),
        clock.getDue(), clock.getTargetDue(),
        clock.view().rule());
  }

  private static Set<String> orNone(Set<String> values) {
    return values.isEmpty() ? Set.of("-") : values;
  }
}
