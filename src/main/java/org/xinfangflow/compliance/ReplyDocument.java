package org.xinfangflow.compliance;

import java.time.LocalDate;

/**
 * A 信访事项处理意见书 before signing: the matter's number, the outcome chosen (Art. 32: SUPPORT,
 * EXPLAIN, NOT_SUPPORT), the facts found, the basis, the opinion text, and today (Beijing).
 */
public record ReplyDocument(String matterNumber, String outcome, String facts, String basis, String opinion,
    LocalDate today) {
}
