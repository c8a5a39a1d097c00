package org.xinfangflow.petition;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read-only: the clocks that went overdue, with their matter's units. */
interface LateClockRepository extends Repository<PetitionDeadline, Long> {

  @Query("""
      select new org.xinfangflow.petition.LateClock(d.id, p.number, d.step, d.due, d.article, d.endsAt, d.metAt,
          p.unitCode, p.registeredUnit)
      from PetitionDeadline d, Petition p
      where p.id = d.petitionId and d.overdue = true and d.endsAt < :to
        and (d.endsAt >= :from or d.metAt is null or d.metAt >= :to)
      order by d.id""")
  List<LateClock> overdueDuring(@Param("from") Instant from, @Param("to") Instant to);
}
