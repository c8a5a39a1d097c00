package org.xinfangflow.compliance.hints;

import java.time.Instant;
import org.xinfangflow.petition.Classification;
import org.xinfangflow.petition.PetitionStatus;

/** One earlier matter of the same petitioner, as the hint shows it: no title, no content, no personal data. */
public record HistoryEntry(String number, Instant receivedAt, PetitionStatus status, Classification classification,
    boolean sameContent, String article, String note) {
}
