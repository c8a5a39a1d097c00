package org.xinfangflow.petition;

import java.time.Instant;

/**
 * Published, in the changing transaction, for every entry of a matter's timeline: each command on a
 * matter and each move of its lifecycle writes one. The audit trail listens.
 */
public record TimelineRecorded(String number, Instant at, String actor, String kind, String detail) {
}
