package org.xinfangflow.supervision.bulletin;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BulletinRepository extends JpaRepository<Bulletin, Long> {

  boolean existsByJurisdictionAndMonth(String jurisdiction, String month);

  List<Bulletin> findByJurisdictionAndMonth(String jurisdiction, String month);

  int countByJurisdictionAndYear(String jurisdiction, int year);

  @Query("""
      select b from Bulletin b
      where (:jurisdiction is null or b.jurisdiction = :jurisdiction)
        and (:scoped = false or b.jurisdiction in :units)
      order by b.month desc, b.id desc""")
  List<Bulletin> search(@Param("jurisdiction") String jurisdiction, @Param("scoped") boolean scoped,
      @Param("units") Collection<String> units);
}
