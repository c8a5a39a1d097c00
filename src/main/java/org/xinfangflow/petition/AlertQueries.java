package org.xinfangflow.petition;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.xinfangflow.identity.MatterScope;

/**
 * The overdue and warning pages as queries over {@code petition_deadline} alone. Each query holds only
 * the conditions that apply to the caller (no {@code :param is null or …} that would keep the planner
 * from using an index), decides who may see a clock on the clock's own row (its matter's units and
 * accusation are copied there, V17), and joins the matter only for the ids of the page. So a page
 * costs about the same for a county supervisor who sees one matter in twenty as for the city's.
 */
@Repository
class AlertQueries {

  private static final String ROWS = """
      select new org.xinfangflow.petition.AlertRow(d.id, p.number, p.title, p.status, p.currentStep, p.fastTrack,
        d.step, d.responsibleUnit, d.due, d.endsAt, d.rule, d.article, d.targetDue, d.targetEndsAt, d.targetRule)
      from PetitionDeadline d, Petition p
      where p.id = d.petitionId and d.id in :ids
      """;

  private final EntityManager entities;

  AlertQueries(EntityManager entities) {
    this.entities = entities;
  }

  /** Which clocks: of which steps, whose first end falls after {@code after} (if any) and by {@code until}. */
  record Filter(Collection<ClockStep> steps, Instant after, Instant until, String unit, MatterScope scope,
      Set<String> hiddenAccusedUnits, String viewer) {
  }

  /** The order of a page: by statutory end (overdue) or by first end (warnings), then by id. */
  enum Order {
    STATUTORY_END("d.endsAt"), FIRST_END("d.firstEndsAt");

    private final String column;

    Order(String column) {
      this.column = column;
    }
  }

  /** One page of rows in the given order. */
  List<AlertRow> page(Filter filter, Order order, Pageable page) {
    Where where = where(filter);
    TypedQuery<Long> ids = entities.createQuery(
        "select d.id from PetitionDeadline d where " + where.text() + " order by " + order.column + ", d.id",
        Long.class);
    where.bind(ids);
    List<Long> pageIds = ids.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
    if (pageIds.isEmpty()) {
      return List.of();
    }
    Map<Long, Integer> position = new HashMap<>();
    pageIds.forEach(id -> position.put(id, position.size()));
    return entities.createQuery(ROWS, AlertRow.class).setParameter("ids", pageIds).getResultList().stream()
        .sorted(Comparator.comparing(row -> position.get(row.deadlineId()))).toList();
  }

  /**
   * How many clocks match, counted up to {@code cap} + 1 (more than the cap is not counted). The count
   * walks the page's own index in the page's order: unordered, the planner may pick a scan of the whole
   * table (whose older rows are closed clocks), and how long that takes depends on where it starts.
   */
  int countUpTo(Filter filter, Order order, int cap) {
    Where where = where(filter);
    TypedQuery<Long> ids = entities.createQuery(
        "select d.id from PetitionDeadline d where " + where.text() + " order by " + order.column + ", d.id",
        Long.class);
    where.bind(ids);
    return ids.setMaxResults(cap + 1).getResultList().size();
  }

  private static Where where(Filter filter) {
    Where where = new Where();
    where.add("d.open = true");
    where.add("d.step in :steps", "steps", filter.steps());
    if (filter.after() != null) {
      where.add("d.firstEndsAt > :after", "after", filter.after());
    }
    where.add("d.firstEndsAt <= :until", "until", filter.until());
    if (filter.unit() != null) {
      where.add("d.responsibleUnit = :unit", "unit", filter.unit());
    }
    MatterScope scope = filter.scope();
    if (!scope.unlimited()) {
      where.addScope(scope.handlingUnits(), scope.registeringUnits());
    }
    if (!filter.hiddenAccusedUnits().isEmpty()) {
      where.add("(d.accusedUnit is null or d.accusedUnit not in :hidden)", "hidden", filter.hiddenAccusedUnits());
    }
    where.add("""
        (d.namesAccusedPersons = false or not exists (select 1 from Petition a join a.accusedPersons person
          where a.id = d.petitionId and person = :viewer))""", "viewer", filter.viewer());
    return where;
  }

  /** A where clause and its parameters, built together. */
  private static final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    void add(String condition) {
      conditions.add(condition);
    }

    void add(String condition, String name, Object value) {
      conditions.add(condition);
      parameters.put(name, value);
    }

    /** Matters handled or registered by a unit in scope; no unit in scope sees nothing. */
    void addScope(Set<String> handling, Set<String> registering) {
      List<String> either = new ArrayList<>();
      if (!handling.isEmpty()) {
        either.add("d.handlingUnit in :handling");
        parameters.put("handling", handling);
      }
      if (!registering.isEmpty()) {
        either.add("d.registeringUnit in :registering");
        parameters.put("registering", registering);
      }
      conditions.add(either.isEmpty() ? "1 = 0" : either.stream().collect(Collectors.joining(" or ", "(", ")")));
    }

    String text() {
      return String.join(" and ", conditions);
    }

    void bind(TypedQuery<?> query) {
      parameters.forEach(query::setParameter);
    }
  }
}
