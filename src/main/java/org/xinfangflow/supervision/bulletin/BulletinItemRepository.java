package org.xinfangflow.supervision.bulletin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BulletinItemRepository extends JpaRepository<BulletinItem, Long> {

  @Query("select i from BulletinItem i join fetch i.problem where i.bulletinId = :bulletin order by i.id")
  List<BulletinItem> itemsOf(@Param("bulletin") Long bulletinId);

  /** Every line of the jurisdiction's bulletins for months before the given one (yyyy-MM), oldest first. */
  @Query("""
      select i from BulletinItem i join fetch i.problem, Bulletin b
      where b.id = i.bulletinId and b.jurisdiction = :jurisdiction and b.month < :before
      order by b.month, i.id""")
  List<BulletinItem> itemsOfJurisdiction(@Param("jurisdiction") String jurisdiction, @Param("before") String before);
}
