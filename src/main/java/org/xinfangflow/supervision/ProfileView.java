package org.xinfangflow.supervision;

import java.time.Instant;
import java.util.List;
import org.xinfangflow.calendar.DayCount;
import org.xinfangflow.petition.ClockStep;

/** A policy profile as the API shows it, with the statutory limit beside each target. */
record ProfileView(String unit, String name, List<TargetView> targets, boolean fastTrack, Instant updatedAt,
    String updatedBy) {

  record TargetView(ClockStep step, TargetSetting.Track track, int days, DayCount dayCount, String statutory) {
  }
}
