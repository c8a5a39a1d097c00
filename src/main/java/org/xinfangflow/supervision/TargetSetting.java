package org.xinfangflow.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.xinfangflow.calendar.DayCount;
import org.xinfangflow.petition.ClockStep;

/** One local target of a profile: a clock, the track it applies to, its length and how its days count. */
@Embeddable
class TargetSetting {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClockStep step;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Track track;

  @Column(nullable = false)
  private int days;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_count", nullable = false)
  private DayCount dayCount;

  protected TargetSetting() {
  }

  TargetSetting(ClockStep step, Track track, int days, DayCount dayCount) {
    this.step = step;
    this.track = track;
    this.days = days;
    this.dayCount = dayCount;
  }

  ClockStep step() {
    return step;
  }

  Track track() {
    return track;
  }

  int days() {
    return days;
  }

  DayCount dayCount() {
    return dayCount;
  }

  /** 办理轨道 — every matter, or only matters on the fast track (简易办理). */
  enum Track { NORMAL, FAST }
}
