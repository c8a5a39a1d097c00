package org.xinfangflow.petition;

import org.springframework.stereotype.Component;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.shared.ApiProblem;

/** Who may see a matter at all: the data scope and Art. 30; anything else answers "not found". */
@Component
public class MatterVisibility {

  private final PetitionService petitions;
  private final UserDirectory directory;
  private final DataScope scope;

  MatterVisibility(PetitionService petitions, UserDirectory directory, DataScope scope) {
    this.petitions = petitions;
    this.directory = directory;
    this.scope = scope;
  }

  /** The matter, if the caller may see it; 404 otherwise, so numbers do not leak. */
  public PetitionSnapshot require(String number) {
    PetitionSnapshot snapshot = petitions.get(number);
    CurrentUser user = directory.current();
    if (!scope.canSee(user, snapshot.unitCode(), snapshot.registeredUnit()) || scope.isAccused(user, snapshot.accusedUnit())
        || snapshot.accusedPersons().contains(user.username())) {
      throw ApiProblem.notFound("信访事项", number);
    }
    return snapshot;
  }
}
