package org.xinfangflow.supervision.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RiskEntryRepository extends JpaRepository<RiskEntry, Long> {

  List<RiskEntry> findByIdNumberHashInOrderById(Collection<String> hashes);

  /** The ledger in the caller's scope; {@code due} true: review date before {@code today}. */
  @Query("""
      select r from RiskEntry r
      where (:level is null or r.level = :level)
        and (:due = false or r.reviewDate < :today)
        and (:scoped = false or r.unitCode in :units)
      order by r.level, r.reviewDate, r.id""")
  List<RiskEntry> search(@Param("level") RiskLevel level, @Param("due") boolean due, @Param("today") LocalDate today,
      @Param("scoped") boolean scoped, @Param("units") Collection<String> units);
}
