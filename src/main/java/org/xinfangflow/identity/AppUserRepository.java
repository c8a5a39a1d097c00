package org.xinfangflow.identity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, String> {

  List<AppUser> findByUnitCodeAndEnabledTrueOrderByUsername(String unitCode);

  List<AppUser> findByRolesContainingAndEnabledTrueOrderByUsername(Role role);
}
