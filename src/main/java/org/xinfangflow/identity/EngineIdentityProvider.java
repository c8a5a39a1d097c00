package org.xinfangflow.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The engine's read-only view of the application's directory (one session per engine command): users,
 * groups and memberships come from {@link EngineDirectory}; passwords are checked against the same
 * hashes, and the same login throttle, as the application's own sign-in. No tenants.
 */
class EngineIdentityProvider implements ReadOnlyIdentityProvider {

  private final EngineDirectory directory;
  private final PasswordEncoder passwords;
  private final LoginThrottle throttle;
  private EngineDirectory.Snapshot snapshot;

  EngineIdentityProvider(EngineDirectory directory, PasswordEncoder passwords, LoginThrottle throttle) {
    this.directory = directory;
    this.passwords = passwords;
    this.throttle = throttle;
  }

  private EngineDirectory.Snapshot snapshot() {
    if (snapshot == null) {
      snapshot = directory.snapshot();
    }
    return snapshot;
  }

  @Override
  public User findUserById(String userId) {
    return createUserQuery().userId(userId).singleResult();
  }

  @Override
  public UserQuery createUserQuery() {
    return new UserSearch(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new UserSearch();
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new BadUserRequestException("用户目录由信访系统管理，不支持原生查询");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null || password == null || throttle.lockedUntil(userId).isPresent()) {
      return false;
    }
    boolean matches = snapshot().accounts().stream()
        .filter(account -> account.id().equals(userId))
        .anyMatch(account -> passwords.matches(password, account.passwordHash()));
    if (!matches) {
      throttle.recordFailure(userId);
    }
    return matches;
  }

  @Override
  public Group findGroupById(String groupId) {
    return createGroupQuery().groupId(groupId).singleResult();
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new GroupSearch(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new GroupSearch();
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new NoTenants(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new NoTenants();
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
  }

  List<User> users(UserSearch query) {
    if (query.getTenantId() != null || query.procDefId() != null) {
      return List.of();
    }
    Predicate<EngineDirectory.Account> matches = account -> true;
    matches = matches.and(equal(query.getId(), EngineDirectory.Account::id))
        .and(in(query.getIds(), EngineDirectory.Account::id))
        .and(equal(query.getFirstName(), EngineDirectory.Account::displayName))
        .and(like(query.getFirstNameLike(), EngineDirectory.Account::displayName))
        .and(account -> query.getGroupId() == null || account.groups().contains(query.getGroupId()));
    if (query.getLastName() != null && !query.getLastName().isEmpty() || query.getEmail() != null
        || query.getEmailLike() != null) {
      return List.of();
    }
    return snapshot().accounts().stream().filter(matches)
        .sorted(Comparator.comparing(EngineDirectory.Account::id))
        .map(EngineIdentityProvider::toUser)
        .toList();
  }

  List<Group> groups(GroupSearch query) {
    if (query.getTenantId() != null || query.procDefId() != null) {
      return List.of();
    }
    Stream<EngineDirectory.Group> groups = snapshot().groups().stream()
        .filter(equal(query.getId(), EngineDirectory.Group::id))
        .filter(in(query.getIds(), EngineDirectory.Group::id))
        .filter(equal(query.getName(), EngineDirectory.Group::name))
        .filter(like(query.getNameLike(), EngineDirectory.Group::name))
        .filter(equal(query.getType(), EngineDirectory.Group::type));
    if (query.getUserId() != null) {
      var member = snapshot().accounts().stream().filter(a -> a.id().equals(query.getUserId())).findFirst();
      groups = groups.filter(group -> member.map(a -> a.groups().contains(group.id())).orElse(false));
    }
    return groups.sorted(Comparator.comparing(EngineDirectory.Group::id))
        .map(EngineIdentityProvider::toGroup)
        .toList();
  }

  private static <T> Predicate<T> equal(String wanted, Function<T, String> field) {
    return item -> wanted == null || wanted.equals(field.apply(item));
  }

  private static <T> Predicate<T> in(String[] wanted, Function<T, String> field) {
    return item -> wanted == null || List.of(wanted).contains(field.apply(item));
  }

  /** SQL LIKE as the engine's queries take it: {@code %} any run of characters, {@code _} one. */
  private static <T> Predicate<T> like(String pattern, Function<T, String> field) {
    if (pattern == null) {
      return item -> true;
    }
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(switch (c) {
        case '%' -> ".*";
        case '_' -> ".";
        default -> Pattern.quote(String.valueOf(c));
      });
    }
    Pattern compiled = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    return item -> compiled.matcher(Objects.toString(field.apply(item), "")).matches();
  }

  private static User toUser(EngineDirectory.Account account) {
    UserEntity user = new UserEntity(account.id());
    user.setFirstName(account.displayName());
    user.setLastName("");
    return user;
  }

  private static Group toGroup(EngineDirectory.Group group) {
    GroupEntity entity = new GroupEntity(group.id());
    entity.setName(group.name());
    entity.setType(group.type());
    return entity;
  }

  static <T> List<T> page(List<T> all, Page page) {
    if (page == null) {
      return all;
    }
    int from = Math.min(all.size(), Math.max(0, page.getFirstResult()));
    int to = (int) Math.min(all.size(), (long) from + page.getMaxResults());
    return all.subList(from, to);
  }

  static EngineIdentityProvider of(CommandContext context) {
    return (EngineIdentityProvider) context.getReadOnlyIdentityProvider();
  }
}
