package org.xinfangflow.petition;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 超期事项 — read-only: which statutory clocks went overdue in a period, for supervision's bulletins. */
@Service
public class LateClocks {

  private final LateClockRepository clocks;

  LateClocks(LateClockRepository clocks) {
    this.clocks = clocks;
  }

  /**
   * The clocks (not windows: those expire, they are not late) that went overdue in {@code [from, to)},
   * or went overdue earlier and were still not met at {@code to}; in the order they were started.
   */
  @Transactional(readOnly = true)
  public List<LateClock> overdueDuring(Instant from, Instant to) {
    return clocks.overdueDuring(from, to);
  }
}
