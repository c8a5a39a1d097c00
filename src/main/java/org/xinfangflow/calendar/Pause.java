package org.xinfangflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** 不计入期间的时间 — e.g. a hearing (听证), first and last day both included. */
public record Pause(LocalDate from, LocalDate to, String reason) {

  public Pause {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("结束日 " + to + " 早于开始日 " + from);
    }
  }

  public int days() {
    return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
  }
}
