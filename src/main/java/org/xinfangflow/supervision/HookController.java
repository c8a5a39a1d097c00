package org.xinfangflow.supervision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/** 单位通知渠道 — a unit's webhook, e-mail and escalation contact; and the outbox, to see what did not go out. */
@RestController
@Validated
@RequestMapping("/api/supervision")
class HookController {

  private final UnitHooks hooks;
  private final OutboundMessageRepository outbox;
  private final UserDirectory directory;

  HookController(UnitHooks hooks, OutboundMessageRepository outbox, UserDirectory directory) {
    this.hooks = hooks;
    this.outbox = outbox;
    this.directory = directory;
  }

  @GetMapping("/hooks/{unit}")
  UnitHook.HookView hook(@PathVariable @Size(max = 40) String unit) {
    return hooks.view(unit, directory.current());
  }

  @PutMapping("/hooks/{unit}")
  UnitHook.HookView save(@PathVariable @Size(max = 40) String unit, @Valid @RequestBody HookRequest request) {
    return hooks.save(unit, request, directory.current());
  }

  @GetMapping("/outbound")
  Map<String, Object> outbound(@RequestParam(required = false) OutboundMessage.Status status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    var result = status == null ? outbox.findAllByOrderByIdDesc(PageRequest.of(page, size))
        : outbox.findByStatusOrderByIdDesc(status, PageRequest.of(page, size));
    return Map.of("content", result.getContent().stream().map(OutboundMessage::view).toList(),
        "totalElements", result.getTotalElements(), "page", page, "size", size);
  }
}
