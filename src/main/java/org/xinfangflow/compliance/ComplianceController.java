package org.xinfangflow.compliance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.UserDirectory;

/** 合规问题 — the findings of the caller's scope, closing one, and the rule set. */
@RestController
@Validated
@RequestMapping("/api/compliance")
class ComplianceController {

  private final ComplianceService compliance;
  private final UserDirectory directory;
  private final DataScope scope;

  ComplianceController(ComplianceService compliance, UserDirectory directory, DataScope scope) {
    this.compliance = compliance;
    this.directory = directory;
    this.scope = scope;
  }

  @GetMapping("/findings")
  Map<String, Object> findings(@RequestParam(required = false) @Size(max = 40) String unit,
      @RequestParam(required = false) @Size(max = 64) String rule,
      @RequestParam(required = false) FindingStatus status,
      @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    CurrentUser user = directory.current();
    var result = compliance.search(unit, rule, status, from, to, scope.of(user),
        PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
    return Map.of("content", result.getContent(), "totalElements", result.getTotalElements(), "page", page,
        "size", size);
  }

  @PostMapping("/findings/{id}/close")
  FindingView close(@PathVariable long id, @Valid @RequestBody CloseRequest request) {
    CurrentUser user = directory.current();
    return compliance.close(id, request.reason(), user, scope.of(user));
  }

  @GetMapping("/rules")
  List<RuleDefinition> rules() {
    return compliance.rules();
  }

  /** 关闭问题 — why the supervisor closes it (e.g. verified as rectified, or not a breach). */
  record CloseRequest(@NotBlank(message = "必填：关闭理由") @Size(max = 1000, message = "最长1000字") String reason) {
  }
}
