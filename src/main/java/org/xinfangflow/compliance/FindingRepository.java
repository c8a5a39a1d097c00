package org.xinfangflow.compliance;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FindingRepository extends JpaRepository<Finding, Long> {

  List<Finding> findByMatterNumberOrderById(String matterNumber);

  @Query("""
      select f from Finding f
      where (:unit is null or f.unitCode = :unit)
        and (:rule is null or f.ruleCode = :rule)
        and (:status is null or f.status = :status)
        and f.detectedAt >= :from and f.detectedAt < :to
        and (:scoped = false or f.unitCode in :units or f.registeredUnit in :units)""")
  Page<Finding> search(@Param("unit") String unit, @Param("rule") String rule, @Param("status") FindingStatus status,
      @Param("from") Instant from, @Param("to") Instant to, @Param("scoped") boolean scoped,
      @Param("units") Collection<String> units, Pageable pageable);
}
