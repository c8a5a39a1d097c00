package org.xinfangflow.petition;

import java.time.Instant;
import java.util.Set;

/** What other modules may know of a matter. {@code fastTrack}: 简易办理. */
public record PetitionSnapshot(String number, Channel channel, Instant receivedAt, PetitionStatus status,
    Classification classification, DispatchAction action, String unitCode, String registeredBy,
    boolean petitionerReachable, String repeatOf, String accusedUnit, String registeredUnit,
    Set<String> accusedPersons, String category, boolean fastTrack) {
}
