package org.xinfangflow.petition;

import java.time.LocalDate;
import java.util.Set;

/**
 * An alert the sweep has just raised on a clock — published as an application event in the sweep's
 * transaction, so notifications are written with the raised level or not at all.
 */
public record RaisedAlert(String number, String title, ClockStep step, AlertLevel level, String responsibleUnit,
    String handlingUnit, String registeredUnit, String accusedUnit, Set<String> accusedPersons, LocalDate due,
    LocalDate targetDue, String rule) {
}
