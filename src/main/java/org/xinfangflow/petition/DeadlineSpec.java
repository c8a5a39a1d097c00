package org.xinfangflow.petition;

import java.time.Instant;
import java.time.LocalDate;

/** A computed deadline handed to the aggregate for storage (computed by the calendar module). */
public record DeadlineSpec(ClockStep step, LocalDate start, LocalDate due, String rule, String article,
    String explanation, int extensionDays, int pausedDays, Instant warnAt, Instant endsAt) {
}
