package org.xinfangflow.petition;

import java.time.Instant;

/** An attachment as listed: id, name, media type, size, SHA-256, who and when. */
public record AttachmentView(String id, String name, String mediaType, long size, String sha256, String uploadedBy,
    Instant uploadedAt) {
}
