package org.xinfangflow.supervision;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfangflow.petition.AlertLevel;
import org.xinfangflow.petition.RaisedAlert;

/** Tells the responsible unit and the supervisors when a clock warns, misses its local target or goes overdue. */
@Component
class AlertNotifier {

  private final Notifications notifications;
  private final Recipients recipients;

  AlertNotifier(Notifications notifications, Recipients recipients) {
    this.notifications = notifications;
    this.recipients = recipients;
  }

  @EventListener
  void on(RaisedAlert alert) {
    var matter = new Recipients.Matter(alert.handlingUnit(), alert.registeredUnit(), alert.accusedUnit(),
        alert.accusedPersons());
    String clock = Labels.clock(alert.step());
    String title = alert.level().label() + "：" + alert.number() + " " + clock;
    String body = switch (alert.level()) {
      case WARNING -> alert.targetDue() != null
          ? clock + "本地目标将于 " + alert.targetDue() + " 届满（法定期限 " + alert.due() + "）"
          : clock + "将于 " + alert.due() + " 届满（" + alert.rule() + "）";
      case TARGET_MISSED -> clock + "已超出本地时限目标（" + alert.targetDue() + "），法定期限 " + alert.due() + " 届满";
      case OVERDUE -> clock + "已于 " + alert.due() + " 届满，尚未完成（" + alert.rule() + "）";
      case NONE -> throw new IllegalArgumentException("No alert");
    };
    notifications.send(recipients.of(alert.responsibleUnit(), alert.step().isBureauStep(), matter), alert.responsibleUnit(),
        kind(alert.level()), alert.number(), title, alert.title() + "：" + body);
  }

  private static NotificationKind kind(AlertLevel level) {
    return switch (level) {
      case WARNING -> NotificationKind.WARNING;
      case TARGET_MISSED -> NotificationKind.TARGET_MISSED;
      default -> NotificationKind.OVERDUE;
    };
  }
}
