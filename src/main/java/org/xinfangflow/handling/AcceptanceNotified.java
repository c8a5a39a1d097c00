package org.xinfangflow.handling;

import java.time.Instant;

/**
 * Published in the deciding transaction when a unit accepts ({@code accepted}) or refuses a matter
 * and owes the petitioner the written notice of Art. 23. The documents module listens.
 */
public record AcceptanceNotified(String number, boolean accepted, String reason, Instant notifiedAt,
    String decidedBy) {
}
