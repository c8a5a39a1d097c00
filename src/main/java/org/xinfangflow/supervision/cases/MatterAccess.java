package org.xinfangflow.supervision.cases;

import org.springframework.stereotype.Component;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionSnapshot;
import org.xinfangflow.shared.ApiProblem;

/** A matter outside the caller's data scope is "not found", like everywhere else (no leaks). */
@Component
class MatterAccess {

  private final PetitionService petitions;
  private final DataScope scope;

  MatterAccess(PetitionService petitions, DataScope scope) {
    this.petitions = petitions;
    this.scope = scope;
  }

  /** The matter, after checking the caller may see it; 404 otherwise. */
  PetitionSnapshot visible(CurrentUser user, String number) {
    PetitionSnapshot matter = petitions.find(number).orElseThrow(() -> ApiProblem.notFound("信访事项", number));
    if (!covers(user, scope.of(user), matter)) {
      throw ApiProblem.notFound("信访事项", number);
    }
    return matter;
  }

  /** Whether the caller (whose scope is given) may see the matter. */
  boolean covers(CurrentUser user, MatterScope matterScope, PetitionSnapshot matter) {
    return matterScope.covers(matter.unitCode(), matter.registeredUnit())
        && !matter.accusedPersons().contains(user.username()) && !scope.isAccused(user, matter.accusedUnit());
  }
}
