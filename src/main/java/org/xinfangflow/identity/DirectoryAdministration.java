package org.xinfangflow.identity;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.shared.ApiProblem;

/** 用户与单位管理 — creates and changes units and users; every change is audited. */
@Service
class DirectoryAdministration {

  private final AppUserRepository users;
  private final OrgUnitRepository units;
  private final PasswordEncoder passwordEncoder;
  private final ApplicationEventPublisher events;

  DirectoryAdministration(AppUserRepository users, OrgUnitRepository units, PasswordEncoder passwordEncoder,
      ApplicationEventPublisher events) {
    this.users = users;
    this.units = units;
    this.passwordEncoder = passwordEncoder;
    this.events = events;
  }

  @Transactional(readOnly = true)
  List<UnitView> units() {
    return units.findAll().stream().sorted(Comparator.comparing(OrgUnit::getCode))
        .map(u -> new UnitView(u.getCode(), u.getName(), u.getParentCode(), u.getRegionCode())).toList();
  }

  @Transactional(readOnly = true)
  List<UserView> users() {
    return users.findAll().stream().sorted(Comparator.comparing(AppUser::getUsername)).map(DirectoryAdministration::view)
        .toList();
  }

  @Transactional
  UnitView saveUnit(AdminRequests.UnitRequest request) {
    if (request.parentCode() != null) {
      if (!units.existsById(request.parentCode())) {
        throw ApiProblem.badInput("parentCode", "parentCode: 上级单位 " + request.parentCode() + " 不存在");
      }
      if (ancestorsOf(request.parentCode()).contains(request.code())) {
        throw ApiProblem.badInput("parentCode", "parentCode: 不能把单位挂在自己的下级之下");
      }
    }
    boolean created = !units.existsById(request.code());
    units.save(new OrgUnit(request.code(), request.name().strip(), request.parentCode(), request.regionCode()));
    events.publishEvent(new DirectoryChanged(created ? "新增单位" : "修改单位",
        request.code() + " " + request.name().strip() + (request.parentCode() == null ? "" : "，上级 " + request.parentCode())));
    return new UnitView(request.code(), request.name().strip(), request.parentCode(), request.regionCode());
  }

  @Transactional
  UserView createUser(AdminRequests.NewUser request) {
    if (users.existsById(request.username())) {
      throw ApiProblem.badInput("username", "username: 用户 " + request.username() + " 已存在");
    }
    requireUnit(request.unitCode());
    AppUser user = new AppUser(request.username(), request.displayName().strip(),
        passwordEncoder.encode(request.password()), request.unitCode(), EnumSet.copyOf(request.roles()));
    users.save(user);
    events.publishEvent(new DirectoryChanged("新增用户", request.username() + " 角色 " + request.roles()
        + (request.unitCode() == null ? "" : " 单位 " + request.unitCode())));
    return view(user);
  }

  @Transactional
  UserView changeUser(String username, AdminRequests.UserChange request) {
    AppUser user = users.findById(username).orElseThrow(() -> ApiProblem.notFound("用户", username));
    requireUnit(request.unitCode());
    user.change(request.displayName().strip(), request.unitCode(), EnumSet.copyOf(request.roles()), request.enabled());
    events.publishEvent(new DirectoryChanged("修改用户", username + " 角色 " + request.roles() + " 单位 "
        + request.unitCode() + (request.enabled() ? "" : "（停用）")));
    return view(user);
  }

  @Transactional
  void changePassword(String username, AdminRequests.PasswordChange request) {
    AppUser user = users.findById(username).orElseThrow(() -> ApiProblem.notFound("用户", username));
    user.changePassword(passwordEncoder.encode(request.password()));
    events.publishEvent(new DirectoryChanged("重置密码", username));
  }

  private void requireUnit(String unitCode) {
    if (unitCode != null && !units.existsById(unitCode)) {
      throw ApiProblem.badInput("unitCode", "unitCode: 单位 " + unitCode + " 不存在");
    }
  }

  private Set<String> ancestorsOf(String code) {
    Set<String> seen = new HashSet<>();
    String current = code;
    while (current != null && seen.add(current)) {
      current = units.findById(current).map(OrgUnit::getParentCode).orElse(null);
    }
    return seen;
  }

  private static UserView view(AppUser user) {
    return new UserView(user.getUsername(), user.getDisplayName(), user.getUnitCode(), user.getRoles(),
        user.isEnabled());
  }

  /** A unit as listed. */
  record UnitView(String code, String name, String parentCode, String regionCode) {
  }

  /** A user as listed: never the password hash. */
  record UserView(String username, String displayName, String unitCode, Set<Role> roles, boolean enabled) {
  }
}
