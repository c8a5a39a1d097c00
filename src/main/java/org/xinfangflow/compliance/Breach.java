package org.xinfangflow.compliance;

/** A rule found broken on a matter, with the evidence (which dates, which step, which record). */
record Breach(RuleDefinition rule, String evidence) {
}
