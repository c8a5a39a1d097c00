package org.xinfangflow.compliance.hints;

import org.xinfangflow.petition.Classification;
import org.xinfangflow.petition.DispatchAction;

/** One rule of the hint table that matched: the word (or category), where it points, why, and how strongly. */
record RuleHit(String keyword, Classification classification, DispatchAction action, String article, String reason,
    int weight) {
}
