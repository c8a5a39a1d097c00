package org.xinfangflow.compliance;

import java.time.Instant;

/** A finding as supervisors, auditors and the matter's detail view see it (no personal data). */
public record FindingView(Long id, String matter, String unit, String rule, Family family, String familyLabel,
    String article, Severity severity, String message, String evidence, Instant detectedAt, FindingStatus status,
    Instant resolvedAt, String closedBy, String closeReason) {
}
