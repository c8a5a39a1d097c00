package org.xinfangflow.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/** 超期 / 临期预警 (API.md): pages over every running clock in the supervisor's scope. */
@RestController
@Validated
@RequestMapping("/api/supervision")
class AlertController {

  private final Alerts alerts;
  private final UserDirectory directory;

  AlertController(Alerts alerts, UserDirectory directory) {
    this.alerts = alerts;
    this.directory = directory;
  }

  @GetMapping("/overdue")
  Map<String, Object> overdue(@RequestParam(required = false) @Size(max = 40) String unit,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return body(alerts.overdue(unit, directory.current(), PageRequest.of(page, size)), page, size);
  }

  @GetMapping("/warnings")
  Map<String, Object> warnings(@RequestParam(required = false) @Size(max = 40) String unit,
      @RequestParam(defaultValue = "3") @Min(0) @Max(90) int withinDays,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return body(alerts.warnings(unit, withinDays, directory.current(), PageRequest.of(page, size)), page, size);
  }

  /** {@code totalElements} is exact up to 1,000; above, it is 1,000 and {@code totalCapped} is true. */
  private static Map<String, Object> body(Alerts.AlertPage result, int page, int size) {
    return Map.of("content", result.content(), "totalElements", result.totalElements(),
        "totalCapped", result.totalCapped(), "page", page, "size", size);
  }
}
