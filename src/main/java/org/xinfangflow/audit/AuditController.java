package org.xinfangflow.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 审计查询与校验 — for auditors and administrators. */
@RestController
@Validated
@RequestMapping("/api/audit")
class AuditController {

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  Map<String, Object> search(@RequestParam(required = false) String matter,
      @RequestParam(required = false) String user,
      @RequestParam(required = false) OffsetDateTime from, @RequestParam(required = false) OffsetDateTime to,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    var result = trail.search(matter, user, from == null ? null : from.toInstant(), to == null ? null : to.toInstant(),
        PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
    return Map.of("content", result.getContent(), "totalElements", result.getTotalElements(), "page", page,
        "size", size);
  }

  @GetMapping("/verify")
  ChainVerification verify() {
    return trail.verify();
  }
}
