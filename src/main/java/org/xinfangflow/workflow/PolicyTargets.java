package org.xinfangflow.workflow;

import java.util.Optional;
import org.xinfangflow.calendar.PeriodRule;
import org.xinfangflow.petition.ClockStep;

/**
 * 本地时限目标 — the stricter internal target a jurisdiction sets for a clock (DOMAIN.md §3), looked up
 * when the clock starts or moves. Implemented by the supervision module, which keeps the policy
 * profiles; without one, clocks carry only their statutory limit.
 */
public interface PolicyTargets {

  /**
   * The target of the profile in force for matters registered by {@code registeringUnit} (the unit's own
   * profile or its nearest ancestor's), for the given clock; {@code fastTrack}: the matter is on the
   * fast track (简易办理), whose handling target applies.
   */
  Optional<PeriodRule> target(String registeringUnit, ClockStep step, boolean fastTrack);

  /** Whether the profile in force offers a fast track (a handling target for simple matters). */
  boolean offersFastTrack(String registeringUnit);
}
