package org.xinfangflow.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/** 站内通知 — the caller's own notifications, newest first, and marking one read. */
@RestController
@Validated
@RequestMapping("/api/notifications")
class NotificationController {

  private final Notifications notifications;
  private final UserDirectory directory;

  NotificationController(Notifications notifications, UserDirectory directory) {
    this.notifications = notifications;
    this.directory = directory;
  }

  @GetMapping
  Map<String, Object> mine(@RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    String me = directory.current().username();
    var result = notifications.of(me, unread, PageRequest.of(page, size));
    return Map.of("content", result.getContent(), "totalElements", result.getTotalElements(),
        "unread", notifications.unread(me), "page", page, "size", size);
  }

  @PostMapping("/{id}/read")
  NotificationView read(@PathVariable long id) {
    return notifications.read(id, directory.current().username());
  }
}
