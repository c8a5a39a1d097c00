package org.xinfangflow.compliance.hints;

import java.util.List;
import org.xinfangflow.petition.Classification;
import org.xinfangflow.petition.DispatchAction;

/**
 * 依法分类智能提示 — the suggested class and route, the article and a plain reason, how strong the hint
 * is, the words that matched, the petitioner's other matters, and the version of the rule table.
 * A hint never decides: the clerk does.
 */
public record ClassificationHint(Classification classification, DispatchAction action, String article, String reason,
    Strength strength, List<String> matchedKeywords, List<HistoryEntry> history, String rules) {
}
