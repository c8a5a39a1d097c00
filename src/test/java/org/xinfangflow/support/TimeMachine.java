package org.xinfangflow.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.xinfangflow.shared.MovableClock;
import org.xinfangflow.workflow.DueJobs;

/** Moves the application (and engine) clock explicitly and runs the timers that fall due. Never sleeps. */
public class TimeMachine {

  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final MovableClock clock;
  private final DueJobs dueJobs;

  TimeMachine(MovableClock clock, DueJobs dueJobs) {
    this.clock = clock;
    this.dueJobs = dueJobs;
  }

  /** Sets the clock to the given Beijing date and time of day, then runs due timers. */
  public OffsetDateTime at(LocalDate date, LocalTime time) {
    Instant target = date.atTime(time).atZone(BEIJING).toInstant();
    clock.setTo(target);
    dueJobs.runAll();
    return OffsetDateTime.ofInstant(target, BEIJING);
  }

  /** Noon on the given day (Beijing). */
  public OffsetDateTime noonOf(String date) {
    return at(LocalDate.parse(date), LocalTime.NOON);
  }

  /** The first second of the given day (Beijing): a deadline whose last day was the day before is now late. */
  public OffsetDateTime startOf(String date) {
    return at(LocalDate.parse(date), LocalTime.of(0, 0, 1));
  }

  public OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), BEIJING);
  }
}
