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
 * The running clocks across all matters, read for supervision. Each query walks one index of V13
 * ({@code is_open, [responsible_unit,] ends_at|first_ends_at, id}) in urgency order and joins the
 * matter by key, so a page costs the same at a thousand open matters as at a million. The totals are
 * counted up to a cap (the ids of at most cap + 1 rows): an exact count of 180,000 overdue clocks took
 * 1.6 s at a million open matters, a count capped at 10,000 about 240 ms, the page itself 6 ms.
 */
interface OpenClockRepository extends Repository<PetitionDeadline, Long> {

  String ROW = """
      select new org.xinfangflow.petition.AlertRow(d.id, p.number, p.title, p.status, p.currentStep, p.fastTrack,
        d.step, d.responsibleUnit, d.due, d.endsAt, d.rule, d.article, d.targetDue, d.targetEndsAt, d.targetRule)
      """;

  String VISIBLE = """
        and (:unit is null or d.responsibleUnit = :unit)
        and (:scoped = false or p.unitCode in :units or p.registeredUnit in :registering)
        and (p.accusedUnit is null or p.accusedUnit not in :hiddenAccused)
        and :viewer not member of p.accusedPersons
      """;

  String OVERDUE = """
      from PetitionDeadline d, Petition p
      where p.id = d.petitionId and d.open = true and d.step in :steps and d.firstEndsAt <= :now
      """ + VISIBLE;

  String WARNING = """
      from PetitionDeadline d, Petition p
      where p.id = d.petitionId and d.open = true and d.step in :steps
        and d.firstEndsAt > :now and d.firstEndsAt <= :horizon
      """ + VISIBLE;

  /** Clocks past their first end (local target or statutory), the latest statutory last day first. */
  @Query(ROW + OVERDUE + " order by d.endsAt, d.id")
  List<AlertRow> overdue(@Param("steps") Collection<ClockStep> steps, @Param("now") Instant now,
      @Param("unit") String unit, @Param("scoped") boolean scoped, @Param("units") Collection<String> units,
      @Param("registering") Collection<String> registering,
      @Param("hiddenAccused") Collection<String> hiddenAccused, @Param("viewer") String viewer, Pageable page);

  /** The ids of the same clocks, as many as the page asks for (to count them up to a cap). */
  @Query("select d.id " + OVERDUE)
  List<Long> overdueIds(@Param("steps") Collection<ClockStep> steps, @Param("now") Instant now,
      @Param("unit") String unit, @Param("scoped") boolean scoped, @Param("units") Collection<String> units,
      @Param("registering") Collection<String> registering,
      @Param("hiddenAccused") Collection<String> hiddenAccused, @Param("viewer") String viewer, Pageable page);

  /** Clocks whose first end falls within the horizon, the soonest first. */
  @Query(ROW + WARNING + " order by d.firstEndsAt, d.id")
  List<AlertRow> warnings(@Param("steps") Collection<ClockStep> steps, @Param("now") Instant now,
      @Param("horizon") Instant horizon, @Param("unit") String unit, @Param("scoped") boolean scoped,
      @Param("units") Collection<String> units, @Param("registering") Collection<String> registering,
      @Param("hiddenAccused") Collection<String> hiddenAccused, @Param("viewer") String viewer, Pageable page);

  /** The ids of the same clocks, as many as the page asks for (to count them up to a cap). */
  @Query("select d.id " + WARNING)
  List<Long> warningIds(@Param("steps") Collection<ClockStep> steps, @Param("now") Instant now,
      @Param("horizon") Instant horizon, @Param("unit") String unit, @Param("scoped") boolean scoped,
      @Param("units") Collection<String> units, @Param("registering") Collection<String> registering,
      @Param("hiddenAccused") Collection<String> hiddenAccused, @Param("viewer") String viewer, Pageable page);

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
