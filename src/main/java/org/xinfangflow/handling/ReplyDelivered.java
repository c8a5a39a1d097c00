package org.xinfangflow.handling;

import java.time.Instant;

/**
 * Published in the delivering transaction of the 信访事项处理意见书: the reply as approved (双审双签,
 * 答复预审) and delivered. The documents module issues the written reply from it.
 */
public record ReplyDelivered(String number, ReplyOutcome outcome, String facts, String basis, String opinion,
    Instant draftedAt, Instant deliveredAt, String deliveredBy) {
}
