package org.xinfangflow.petition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PetitionRepository extends JpaRepository<Petition, Long> {

  Optional<Petition> findByNumber(String number);

  List<Petition> findByNumberIn(Collection<String> numbers);

  /** How many matters are in each of these statuses, in one grouped count: rows of (status, count). */
  @Query("select p.status, count(p) from Petition p where p.status in :statuses group by p.status")
  List<Object[]> countByStatus(@Param("statuses") Collection<PetitionStatus> statuses);

  @Query("select p.number from Petition p where p.status in :statuses order by p.id")
  List<String> findOpenNumbers(@Param("statuses") Collection<PetitionStatus> statuses, Pageable pageable);

  /** Earlier matters with the same content from any of the same petitioners (by the ID numbers' hashes). */
  @Query("""
      select distinct p from Petition p join p.petitioners r
      where p.contentFingerprint = :fingerprint and r.idNumberHash in :idNumberHashes
      order by p.id""")
  List<Petition> findSameContentByIdNumbers(@Param("fingerprint") String fingerprint,
      @Param("idNumberHashes") Collection<String> idNumberHashes);

  /** Every matter of any of these petitioners (by the ID numbers' hashes), oldest first. */
  @Query("select distinct p from Petition p join p.petitioners r where r.idNumberHash in :idNumberHashes order by p.id")
  List<Petition> findByIdNumberHashes(@Param("idNumberHashes") Collection<String> idNumberHashes);

  /** The same for petitioners without an ID number: by name and phone. */
  @Query("""
      select distinct p from Petition p join p.petitioners r
      where p.contentFingerprint = :fingerprint and r.idNumberHash is null and r.name = :name and r.phone = :phone
      order by p.id""")
  List<Petition> findSameContentByNameAndPhone(@Param("fingerprint") String fingerprint, @Param("name") String name,
      @Param("phone") String phone);

  @Query("""
      select p from Petition p
      where (:status is null or p.status = :status)
        and (:unit is null or p.unitCode = :unit)
        and (:scoped = false or p.unitCode in :units or p.registeredUnit in :registering)
        and (p.accusedUnit is null or p.accusedUnit not in :hiddenAccused)
        and :viewer not member of p.accusedPersons
        and (:q is null or lower(p.number) like :q or lower(p.title) like :q)
        and (:overdue is null
             or (:overdue = true and exists (select d.id from PetitionDeadline d
                 where d.petitionId = p.id and d.overdue = true and d.metAt is null))
             or (:overdue = false and not exists (select d.id from PetitionDeadline d
                 where d.petitionId = p.id and d.overdue = true and d.metAt is null)))""")
  Page<Petition> search(@Param("status") PetitionStatus status, @Param("unit") String unit,
      @Param("scoped") boolean scoped, @Param("units") Collection<String> units,
      @Param("registering") Collection<String> registering,
      @Param("hiddenAccused") Collection<String> hiddenAccused, @Param("viewer") String viewer, @Param("q") String q,
      @Param("overdue") Boolean overdue, Pageable pageable);
}
