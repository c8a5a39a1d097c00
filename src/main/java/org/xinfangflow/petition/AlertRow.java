package org.xinfangflow.petition;

import java.time.Instant;
import java.time.LocalDate;

/** One running clock with what a supervisor needs of its matter, as the alert queries read it. */
record AlertRow(Long deadlineId, String number, String title, PetitionStatus status, String currentStep,
    boolean fastTrack, ClockStep step, String responsibleUnit, LocalDate due, Instant endsAt, String rule,
    String article, LocalDate targetDue, Instant targetEndsAt, String targetRule) {
}
