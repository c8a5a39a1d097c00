package org.xinfangflow.petition;

import java.time.Instant;

/** Published in the registering transaction when a new matter (not a repeat) starts its lifecycle. */
public record PetitionRegistered(String number, Instant receivedAt, Channel channel, String registeredBy) {
}
