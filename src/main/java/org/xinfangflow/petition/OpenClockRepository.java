package org.xinfangflow.petition;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The running clocks across all matters, for the supervision sweep and a matter's own state (the pages
 * are {@link AlertQueries}).
 */
interface OpenClockRepository extends Repository<PetitionDeadline, Long> {

  /** Clocks with an alert due by now, oldest first. */
  @Query("select d from PetitionDeadline d where d.nextAlertAt <= :now order by d.nextAlertAt, d.id")
  List<PetitionDeadline> alertsDue(@Param("now") Instant now, Pageable page);

  /** Claims raising an alert: 1 if this caller moved the level (no other node did it first), else 0. */
  @Modifying(flushAutomatically = true)
  @Query("update PetitionDeadline d set d.alertLevel = :level where d.id = :id and d.alertLevel = :from")
  int claimAlert(@Param("id") Long id, @Param("from") int from, @Param("level") int level);

  @Query("""
      select count(d) from PetitionDeadline d, Petition p
      where p.id = d.petitionId and p.number = :number and d.open = true and d.step in :steps and d.endsAt <= :now""")
  long countOverdue(@Param("number") String number, @Param("steps") Collection<ClockStep> steps,
      @Param("now") Instant now);

  @Query("""
      select d from PetitionDeadline d, Petition p
      where p.id = d.petitionId and p.number = :number and d.open = true order by d.firstEndsAt, d.id""")
  List<PetitionDeadline> openClocksOf(@Param("number") String number);
}
