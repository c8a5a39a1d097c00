package org.xinfangflow.handling;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * 受理审查 — accept, not accept (with reason), or object that the matter is not the unit's (with reason).
 * {@code fastTrack}: accept onto the jurisdiction's fast track (简易办理), where its profile offers one.
 */
record AcceptanceRequest(
    @NotNull(message = "必填") Decision decision,
    @Size(max = 2000, message = "最长2000字") String reason,
    OffsetDateTime notifiedAt,
    Boolean fastTrack) {

  enum Decision { ACCEPT, NOT_ACCEPT, OBJECT }
}
