package org.xinfangflow.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * 系统时钟 — the one application clock. It runs with the system clock plus an offset that tests
 * and the simulation mode move explicitly; listeners (the process engine) follow every move.
 */
public class MovableClock extends Clock {

  private final Clock system;
  private final List<Consumer<Duration>> listeners = new CopyOnWriteArrayList<>();
  private volatile Duration offset = Duration.ZERO;

  public MovableClock(Clock system) {
    this.system = system;
  }

  /** Moves the clock so that it reads {@code target} now; time keeps running from there. */
  public void setTo(Instant target) {
    offset = Duration.between(system.instant(), target);
    listeners.forEach(listener -> listener.accept(offset));
  }

  /** Back to the system time. */
  public void reset() {
    offset = Duration.ZERO;
    listeners.forEach(listener -> listener.accept(offset));
  }

  public Duration offset() {
    return offset;
  }

  /** Called with the new offset from the system time after every move. */
  public void onMove(Consumer<Duration> listener) {
    listeners.add(listener);
    listener.accept(offset);
  }

  @Override
  public ZoneId getZone() {
    return system.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(system.withZone(zone), offset);
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset);
  }
}
