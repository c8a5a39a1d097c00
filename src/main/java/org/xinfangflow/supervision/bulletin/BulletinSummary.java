package org.xinfangflow.supervision.bulletin;

import java.time.Instant;

/** A bulletin in a list: number, jurisdiction, month, and how many problems it lists. */
record BulletinSummary(Long id, String number, String jurisdiction, String month, Instant generatedAt,
    String generatedBy, long newProblems, long carried) {
}
