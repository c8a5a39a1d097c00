package org.xinfangflow.petition;

import java.time.Instant;

/** A row of the matters list. */
public record PetitionSummary(String number, Channel channel, Instant receivedAt, String title, String category,
    PetitionStatus status, String currentStep, String unit, String repeatOf) {
}
