package org.xinfangflow.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** 北京时间 — the zone in which every period begins and ends. */
public final class Beijing {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Beijing() {
  }

  /** Today in Beijing by the given clock. */
  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }
}
