package org.xinfangflow.handling;

import org.springframework.stereotype.Component;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionSnapshot;
import org.xinfangflow.shared.ApiProblem;

/** A responsible unit acts only on its own matters; another unit's matter is "not found" (no leaks). */
@Component
class UnitAccess {

  private final PetitionService petitions;
  private final UserDirectory directory;
  private final DataScope scope;

  UnitAccess(PetitionService petitions, UserDirectory directory, DataScope scope) {
    this.petitions = petitions;
    this.directory = directory;
    this.scope = scope;
  }

  /** The caller and the matter, after checking the matter is handled by the caller's unit or a sub-unit of it. */
  Acting ownUnit(String number) {
    CurrentUser user = directory.current();
    PetitionSnapshot matter = petitions.get(number);
    if (matter.unitCode() == null || !scope.unitsOf(user).orElse(java.util.Set.of(String.valueOf(user.unitCode())))
        .contains(matter.unitCode()) || scope.isAccused(user, matter.accusedUnit())
        || matter.accusedPersons().contains(user.username())) {
      throw ApiProblem.notFound("信访事项", number);
    }
    return new Acting(user, matter);
  }

  /** The caller and the matter, for bureau roles, after checking the matter is in their jurisdiction. */
  Acting bureau(String number) {
    CurrentUser user = directory.current();
    PetitionSnapshot matter = petitions.get(number);
    if (!scope.canSee(user, matter.unitCode(), matter.registeredUnit())
        || matter.accusedPersons().contains(user.username())) {
      throw ApiProblem.notFound("信访事项", number);
    }
    return new Acting(user, matter);
  }

  record Acting(CurrentUser user, PetitionSnapshot matter) {
  }
}
