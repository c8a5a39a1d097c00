package org.xinfangflow.handling;

import org.springframework.stereotype.Component;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionSnapshot;
import org.xinfangflow.shared.ApiProblem;

/** A responsible unit acts only on its own matters; another unit's matter is "not found" (no leaks). */
@Component
class UnitAccess {

  private final PetitionService petitions;
  private final UserDirectory directory;

  UnitAccess(PetitionService petitions, UserDirectory directory) {
    this.petitions = petitions;
    this.directory = directory;
  }

  /** The caller and the matter, after checking the caller works in the matter's unit. */
  Acting ownUnit(String number) {
    CurrentUser user = directory.current();
    PetitionSnapshot matter = petitions.get(number);
    if (!user.belongsTo(matter.unitCode())) {
      throw ApiProblem.notFound("信访事项", number);
    }
    return new Acting(user, matter);
  }

  /** The caller and the matter, for bureau roles that see every matter. */
  Acting bureau(String number) {
    return new Acting(directory.current(), petitions.get(number));
  }

  record Acting(CurrentUser user, PetitionSnapshot matter) {
  }
}
