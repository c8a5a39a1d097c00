package org.xinfangflow.compliance.hints;

import java.util.List;
import org.xinfangflow.petition.Classification;
import org.xinfangflow.petition.DispatchAction;

/** What the rule table suggests for a text, before the petitioner's history is looked at. */
record Suggestion(Classification classification, DispatchAction action, String article, String reason,
    Strength strength, List<String> matchedKeywords) {
}
