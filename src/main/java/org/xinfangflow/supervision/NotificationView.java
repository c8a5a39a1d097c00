package org.xinfangflow.supervision;

import java.time.Instant;

/** A notification as its recipient reads it. */
record NotificationView(Long id, NotificationKind kind, String number, String title, String body, Instant createdAt,
    Instant readAt) {
}
