package org.xinfangflow.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** 复查/复核意见 — the conclusion, the written opinion, and when it was delivered. */
record OpinionRequest(
    @NotNull(message = "必填") ReviewOutcome outcome,
    @NotBlank(message = "必填") @Size(max = 10000, message = "最长10000字") String opinion,
    OffsetDateTime deliveredAt) {
}
