package org.xinfangflow.petition;

import java.time.LocalDate;
import java.util.Set;

/**
 * An alert the sweep has just raised on a clock — published as an application event in the sweep's
 * transaction, so notifications are written with the raised level or not at all. {@code previous} is the
 * level raised before: a sweep that finds a clock past both ends raises only the higher level.
 */
public record RaisedAlert(String number, String title, ClockStep step, AlertLevel level, AlertLevel previous,
    String responsibleUnit, String handlingUnit, String registeredUnit, String accusedUnit, Set<String> accusedPersons,
    LocalDate due, LocalDate targetDue, String rule) {

  /** This raise is the moment the statutory limit was passed (超过法定期限). */
  public boolean breachesStatutoryLimit() {
    return level == AlertLevel.OVERDUE;
  }

  /**
   * This raise is the moment the local target was missed (超出本地时限目标): the target was set, and the clock
   * reached it now — on its own or together with the statutory limit — not at an earlier raise.
   */
  public boolean missesLocalTarget() {
    return targetDue != null && level.compareTo(AlertLevel.TARGET_MISSED) >= 0
        && previous.compareTo(AlertLevel.TARGET_MISSED) < 0;
  }
}
