package org.xinfangflow.petition;

/** What a matter says: its category, title and content (no personal data). */
public record MatterText(String category, String title, String content) {
}
