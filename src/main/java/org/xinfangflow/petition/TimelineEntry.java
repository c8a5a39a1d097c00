package org.xinfangflow.petition;

import java.time.Instant;

/** One entry of the timeline: when, who ({@code system} for the engine), what kind, details. */
public record TimelineEntry(Instant at, String actor, String kind, String detail) {
}
