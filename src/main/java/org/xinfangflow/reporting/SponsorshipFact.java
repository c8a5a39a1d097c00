package org.xinfangflow.reporting;

import java.time.LocalDate;

/** 包案事实 — one row of {@code report_sponsorship_fact}: a sponsored case and, once recorded, its outcome. */
record SponsorshipFact(String processInstanceId, long sponsorshipId, String matterNumber, String sponsor,
    LocalDate assignedOn, String outcome, LocalDate outcomeOn) {
}
