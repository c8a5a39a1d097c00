package org.xinfangflow.audit;

import java.time.Instant;

/** An audit entry as auditors see it. */
public record AuditView(long id, Instant at, String username, String roles, String unit, String remoteAddress,
    String matter, String action, String detail, String hash) {
}
