package org.xinfangflow.supervision;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.AuditableAction;

/** 单位通知渠道 — each unit's optional webhook and e-mail, and its escalation contact. */
@Service
@Transactional
class UnitHooks {

  private final UnitHookRepository hooks;
  private final UserDirectory directory;
  private final DataScope scope;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  UnitHooks(UnitHookRepository hooks, UserDirectory directory, DataScope scope, ApplicationEventPublisher publisher,
      Clock clock) {
    this.hooks = hooks;
    this.directory = directory;
    this.scope = scope;
    this.publisher = publisher;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  Optional<UnitHook> of(String unit) {
    return unit == null ? Optional.empty() : hooks.findById(unit);
  }

  @Transactional(readOnly = true)
  UnitHook.HookView view(String unit, CurrentUser user) {
    requireManaged(unit, user);
    return hooks.findById(unit).map(UnitHook::view).orElseThrow(() -> ApiProblem.notFound("单位通知渠道", unit));
  }

  UnitHook.HookView save(String unit, HookRequest request, CurrentUser user) {
    requireManaged(unit, user);
    if (request.webhookUrl() != null) {
      try {
        URI uri = URI.create(request.webhookUrl());
        if (uri.getHost() == null) {
          throw new IllegalArgumentException("no host");
        }
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badInput("webhookUrl", "webhookUrl: 地址格式不正确");
      }
    }
    if (request.escalateTo() != null && directory.find(request.escalateTo()).isEmpty()) {
      throw ApiProblem.badInput("escalateTo", "escalateTo: 用户 " + request.escalateTo() + " 不存在");
    }
    UnitHook hook = hooks.findById(unit).orElseGet(() -> new UnitHook(unit));
    hook.change(blankToNull(request.webhookUrl()), blankToNull(request.webhookSecret()), blankToNull(request.email()),
        blankToNull(request.escalateTo()), user.username(), clock.instant());
    hooks.save(hook);
    publisher.publishEvent(new AuditableAction("设定单位通知渠道", null, unit + "：webhook="
        + (hook.webhookUrl() == null ? "无" : hook.webhookUrl()) + "，email=" + (hook.email() == null ? "无" : hook.email())
        + "，升级至=" + (hook.escalateTo() == null ? "上级单位督查人员" : hook.escalateTo())));
    return hook.view();
  }

  private void requireManaged(String unit, CurrentUser user) {
    if (!directory.unitExists(unit)) {
      throw ApiProblem.notFound("单位", unit);
    }
    if (!user.has(Role.ADMIN) && (user.unitCode() == null || !scope.isWithin(unit, user.unitCode()))) {
      throw ApiProblem.forbidden("只能设定本单位及下级单位的通知渠道");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
