package org.xinfangflow.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.shared.ApiProblem;

/** 用户目录 — the module's API: users, units and the caller. */
@Service
public class UserDirectory {

  private final AppUserRepository users;
  private final OrgUnitRepository units;
  private final PasswordEncoder passwordEncoder;

  UserDirectory(AppUserRepository users, OrgUnitRepository units, PasswordEncoder passwordEncoder) {
    this.users = users;
    this.units = units;
    this.passwordEncoder = passwordEncoder;
  }

  @Transactional
  public void saveUnit(String code, String name, String parentCode, String regionCode) {
    units.save(new OrgUnit(code, name, parentCode, regionCode));
  }

  @Transactional
  public void saveUser(String username, String displayName, String rawPassword, String unitCode, Role... roles) {
    if (unitCode != null && !units.existsById(unitCode)) {
      throw ApiProblem.badInput("unitCode", "单位 " + unitCode + " 不存在");
    }
    Set<Role> roleSet = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
    users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), unitCode, roleSet));
  }

  @Transactional(readOnly = true)
  public boolean unitExists(String code) {
    return code != null && units.existsById(code);
  }

  @Transactional(readOnly = true)
  public Optional<String> unitName(String code) {
    return code == null ? Optional.empty() : units.findById(code).map(OrgUnit::getName);
  }

  /** The 行政区划代码 of the unit's region (e.g. 110000 a province, 110100 a city, 110101 a county), if set. */
  @Transactional(readOnly = true)
  public Optional<String> unitRegion(String code) {
    return code == null ? Optional.empty() : units.findById(code).map(OrgUnit::getRegionCode);
  }

  /** The unit one level above this one, if any (the organ to ask for 复查/复核, Art. 35, 36). */
  @Transactional(readOnly = true)
  public Optional<String> parentUnit(String code) {
    return code == null ? Optional.empty() : units.findById(code).map(OrgUnit::getParentCode);
  }

  /** An account by name, enabled or not. */
  @Transactional(readOnly = true)
  public Optional<CurrentUser> find(String username) {
    return username == null ? Optional.empty() : users.findById(username).map(UserDirectory::toCurrentUser);
  }

  /** The unit a user belongs to, if the user exists and has one. */
  @Transactional(readOnly = true)
  public Optional<String> unitOf(String username) {
    return username == null ? Optional.empty() : users.findById(username).map(AppUser::getUnitCode);
  }

  /** The enabled accounts of a unit (not its sub-units). */
  @Transactional(readOnly = true)
  public List<CurrentUser> enabledUsersOf(String unitCode) {
    return unitCode == null ? List.of()
        : users.findByUnitCodeAndEnabledTrueOrderByUsername(unitCode).stream().map(UserDirectory::toCurrentUser).toList();
  }

  /** The enabled accounts holding a role, in any unit. */
  @Transactional(readOnly = true)
  public List<CurrentUser> enabledUsersWithRole(Role role) {
    return users.findByRolesContainingAndEnabledTrueOrderByUsername(role).stream().map(UserDirectory::toCurrentUser)
        .toList();
  }

  @Transactional(readOnly = true)
  public boolean hasUsers() {
    return users.count() > 0;
  }

  /** The signed-in caller, if a person (not the engine) is acting. */
  @Transactional(readOnly = true)
  public Optional<CurrentUser> currentIfAny() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
      return Optional.empty();
    }
    return Optional.of(current());
  }

  /** The signed-in caller; throws 401-like problem when nobody is signed in. */
  @Transactional(readOnly = true)
  public CurrentUser current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      throw ApiProblem.forbidden("未登录");
    }
    return users.findById(auth.getName())
        .map(UserDirectory::toCurrentUser)
        .orElseGet(() -> new CurrentUser(auth.getName(), auth.getName(), null, rolesOf(auth)));
  }

  static CurrentUser toCurrentUser(AppUser user) {
    return new CurrentUser(user.getUsername(), user.getDisplayName(), user.getUnitCode(), user.getRoles());
  }

  private static Set<Role> rolesOf(Authentication auth) {
    return auth.getAuthorities().stream()
        .map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
        .filter(name -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }
}
