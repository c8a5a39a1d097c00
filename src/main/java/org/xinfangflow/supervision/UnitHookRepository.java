package org.xinfangflow.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitHookRepository extends JpaRepository<UnitHook, String> {
}
