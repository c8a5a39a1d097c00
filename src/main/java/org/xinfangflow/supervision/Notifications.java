package org.xinfangflow.supervision;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.shared.ApiProblem;

/**
 * 通知 — writes a notification to each recipient in the caller's transaction, and hands the same message
 * to the unit's outbound hooks (delivered later, with retries, by {@link OutboundDispatcher}).
 */
@Service
@Transactional
class Notifications {

  private final NotificationRepository notifications;
  private final Outbox outbox;
  private final Clock clock;

  Notifications(NotificationRepository notifications, Outbox outbox, Clock clock) {
    this.notifications = notifications;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** One message: in the application for each recipient (once each), and to {@code unit}'s hooks if it has any. */
  void send(Collection<String> recipients, String unit, NotificationKind kind, String number, String title,
      String body) {
    new LinkedHashSet<>(recipients).forEach(recipient ->
        notifications.save(new Notification(recipient, kind, number, title, body, clock.instant())));
    if (unit != null) {
      outbox.enqueue(unit, kind, number, title, body);
    }
  }

  @Transactional(readOnly = true)
  Page<NotificationView> of(String recipient, boolean unreadOnly, Pageable page) {
    return (unreadOnly ? notifications.findByRecipientAndReadAtIsNullOrderByIdDesc(recipient, page)
        : notifications.findByRecipientOrderByIdDesc(recipient, page)).map(Notification::view);
  }

  @Transactional(readOnly = true)
  long unread(String recipient) {
    return notifications.countByRecipientAndReadAtIsNull(recipient);
  }

  /** Marks the caller's own notification read; another user's is 404. */
  NotificationView read(long id, String recipient) {
    Notification notification = notifications.findById(id).filter(n -> n.recipient().equals(recipient))
        .orElseThrow(() -> ApiProblem.notFound("通知", String.valueOf(id)));
    notification.read(clock.instant());
    return notification.view();
  }
}
