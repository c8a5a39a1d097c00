package org.xinfangflow.supervision.bulletin;

import java.time.Instant;

/** A problem found for a bulletin, before it is tracked: what, where, on which matter, since when. */
record Candidate(ProblemSource source, String reference, String matterNumber, String unit, String code,
    String description, String article, String evidence, Instant occurredAt) {

  String key() {
    return key(source, reference);
  }

  static String key(ProblemSource source, String reference) {
    return source + ":" + reference;
  }
}
