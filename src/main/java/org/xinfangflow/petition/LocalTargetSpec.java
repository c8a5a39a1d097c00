package org.xinfangflow.petition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 本地时限目标 — a jurisdiction's stricter internal target for a clock, computed like the statutory
 * limit and never later than it: its last day, when it is over, when to warn, the rule and how it was
 * reached.
 */
public record LocalTargetSpec(LocalDate due, Instant endsAt, Instant warnAt, String rule, String explanation) {
}
