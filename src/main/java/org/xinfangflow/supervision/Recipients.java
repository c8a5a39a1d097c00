package org.xinfangflow.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;

/**
 * Who is told about a matter: the people of the unit that answers for the step (its handlers and head;
 * for the bureau's own steps its clerks and reviewers), and the supervisors whose scope covers the matter —
 * never a person the matter accuses (Art. 30).
 */
@Component
class Recipients {

  private final UserDirectory directory;
  private final DataScope scope;

  Recipients(UserDirectory directory, DataScope scope) {
    this.directory = directory;
    this.scope = scope;
  }

  /** A matter as the recipients' rules need it. */
  record Matter(String handlingUnit, String registeredUnit, String accusedUnit, Set<String> accusedPersons) {
  }

  /** {@code bureauStep}: the unit is the petition department acting on its own step (clerks, reviewers). */
  List<String> of(String unit, boolean bureauStep, Matter matter) {
    Set<Role> roles = bureauStep ? Set.of(Role.CLERK, Role.REVIEWER) : Set.of(Role.HANDLER, Role.HEAD);
    List<String> recipients = new ArrayList<>();
    directory.enabledUsersOf(unit).stream().filter(user -> user.roles().stream().anyMatch(roles::contains))
        .filter(user -> allowed(user, matter)).map(CurrentUser::username).forEach(recipients::add);
    recipients.addAll(supervisors(matter));
    return recipients;
  }

  List<String> supervisors(Matter matter) {
    Predicate<CurrentUser> inScope = scope.whoCanSee(matter.handlingUnit(), matter.registeredUnit());
    return directory.enabledUsersWithRole(Role.SUPERVISOR).stream().filter(inScope)
        .filter(user -> allowed(user, matter)).map(CurrentUser::username).toList();
  }

  /** The supervisors of a unit (not its sub-units). */
  List<String> supervisorsIn(String unit) {
    return directory.enabledUsersOf(unit).stream().filter(user -> user.has(Role.SUPERVISOR))
        .map(CurrentUser::username).toList();
  }

  private boolean allowed(CurrentUser user, Matter matter) {
    return !matter.accusedPersons().contains(user.username()) && !scope.isAccused(user, matter.accusedUnit());
  }
}
