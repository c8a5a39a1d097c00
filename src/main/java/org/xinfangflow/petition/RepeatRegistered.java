package org.xinfangflow.petition;

import java.time.Instant;

/**
 * 重复信访 — published in the registering transaction when a matter is registered as a repeat of one in
 * progress (Art. 19): it starts no lifecycle of its own, so the workflow module records it on the
 * original's (the reporting projection counts it from there).
 */
public record RepeatRegistered(String number, String original, Instant receivedAt, Channel channel, String category,
    String registeredBy) {
}
