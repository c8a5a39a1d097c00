package org.xinfangflow.handling;

import java.time.Instant;
import java.time.LocalDate;

/** Published in the approving transaction of a 延期 (Art. 34), with the new last day of handling. */
public record HandlingExtended(String number, int days, String reason, LocalDate newDue, Instant approvedAt,
    String approvedBy) {
}
