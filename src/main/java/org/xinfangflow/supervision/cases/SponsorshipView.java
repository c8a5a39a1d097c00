package org.xinfangflow.supervision.cases;

import java.time.Instant;
import java.time.LocalDate;

/** One sponsorship: the matter, the leader, and the outcome once recorded. */
record SponsorshipView(Long id, String matter, String sponsor, String sponsorName, String note, String assignedBy,
    Instant assignedAt, boolean active, SponsorshipOutcome outcome, String outcomeLabel, String outcomeNote,
    LocalDate outcomeDate, String outcomeBy, Instant outcomeAt) {
}
