package org.xinfangflow.supervision.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

  /** Newest first; {@code overdue} true: unanswered with the deadline before {@code today}. */
  @Query("""
      select r from Recommendation r
      where (:unit is null or r.unitCode = :unit)
        and (:status is null or r.status = :status)
        and (:overdue = false or (r.status = org.xinfangflow.supervision.cases.RecommendationStatus.ISSUED
             and r.responseDeadline < :today))
        and (:scoped = false or r.unitCode in :handling or r.issuingUnit in :registering)
      order by r.id desc""")
  List<Recommendation> search(@Param("unit") String unit, @Param("status") RecommendationStatus status,
      @Param("overdue") boolean overdue, @Param("today") LocalDate today, @Param("scoped") boolean scoped,
      @Param("handling") Collection<String> handling, @Param("registering") Collection<String> registering);
}
