package org.xinfangflow.workflow;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.xinfangflow.shared.MovableClock;

/**
 * Makes the engine follow the application clock: Camunda reads time from its static
 * {@code ClockUtil}, so every move of the {@link MovableClock} is copied there as the same offset.
 */
@Component
class EngineClockBridge implements SmartInitializingSingleton, DisposableBean {

  private final MovableClock clock;

  EngineClockBridge(MovableClock clock) {
    this.clock = clock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    clock.onMove(offset -> ClockUtil.offset(offset.toMillis()));
  }

  @Override
  public void destroy() {
    ClockUtil.reset();
  }
}
