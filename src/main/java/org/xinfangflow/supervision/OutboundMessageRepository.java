package org.xinfangflow.supervision;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, Long> {

  @Query("""
      select m from OutboundMessage m where m.status = org.xinfangflow.supervision.OutboundMessage.Status.PENDING
        and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id""")
  List<OutboundMessage> due(@Param("now") Instant now, Pageable page);

  /** Leases a message for one attempt: 1 if this node moved its next attempt (nobody else took it), else 0. */
  @Modifying
  @Query("update OutboundMessage m set m.nextAttemptAt = :leaseUntil where m.id = :id and m.nextAttemptAt = :seen")
  int lease(@Param("id") Long id, @Param("seen") Instant seen, @Param("leaseUntil") Instant leaseUntil);

  Page<OutboundMessage> findByStatusOrderByIdDesc(OutboundMessage.Status status, Pageable page);

  Page<OutboundMessage> findAllByOrderByIdDesc(Pageable page);
}
