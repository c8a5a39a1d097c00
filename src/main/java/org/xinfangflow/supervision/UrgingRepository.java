package org.xinfangflow.supervision;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UrgingRepository extends JpaRepository<Urging, Long> {

  List<Urging> findByPetitionNumberOrderById(String petitionNumber);

  @Query("""
      select u from Urging u where u.escalatedAt is null and u.settledAt is null and u.escalateAt <= :now
      order by u.escalateAt, u.id""")
  List<Urging> dueForEscalation(@Param("now") Instant now, Pageable page);

  /** Claims the escalation: 1 if this caller escalated it, 0 if it had already been escalated or settled. */
  @Modifying
  @Query("update Urging u set u.escalatedAt = :now where u.id = :id and u.escalatedAt is null and u.settledAt is null")
  int claimEscalation(@Param("id") Long id, @Param("now") Instant now);

  @Modifying
  @Query("update Urging u set u.settledAt = :now where u.id = :id and u.escalatedAt is null and u.settledAt is null")
  int settle(@Param("id") Long id, @Param("now") Instant now);
}
