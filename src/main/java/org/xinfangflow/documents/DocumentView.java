package org.xinfangflow.documents;

import java.time.Instant;

/** A document as {@code GET /api/petitions/{number}/documents} lists it. */
record DocumentView(String id, String kind, String title, String number, Instant issuedAt, String sha256) {
}
