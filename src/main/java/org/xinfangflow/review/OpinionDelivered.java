package org.xinfangflow.review;

import java.time.Instant;

/**
 * Published in the deciding transaction of a 复查 ({@code reReview} false, Art. 35) or 复核
 * ({@code reReview} true, Art. 36) opinion, as delivered to the petitioner.
 */
public record OpinionDelivered(String number, boolean reReview, ReviewOutcome outcome, String opinion,
    Instant requestedAt, Instant deliveredAt, String decidedBy) {
}
