package org.xinfangflow.supervision.bulletin;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProblemRepository extends JpaRepository<Problem, Long> {

  Optional<Problem> findBySourceAndReference(ProblemSource source, String reference);

  @Query("""
      select p from Problem p
      where (:unit is null or p.unitCode = :unit)
        and (:status is null or p.status = :status)
        and (:scoped = false or p.unitCode in :units)
        and (:jurisdiction is null or exists (
          select i.id from BulletinItem i, Bulletin b
          where i.problem = p and b.id = i.bulletinId and b.jurisdiction = :jurisdiction))""")
  Page<Problem> search(@Param("jurisdiction") String jurisdiction, @Param("unit") String unit,
      @Param("status") ProblemStatus status, @Param("scoped") boolean scoped,
      @Param("units") Collection<String> units, Pageable pageable);
}
