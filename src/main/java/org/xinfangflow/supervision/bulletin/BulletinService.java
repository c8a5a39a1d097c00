package org.xinfangflow.supervision.bulletin;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.AuditableAction;

/**
 * 月通报 — generates a jurisdiction's bulletin for a month that has ended: the month's new problems, and
 * every problem of its earlier bulletins not yet verified (仍未整改). One bulletin per jurisdiction and
 * month, numbered per jurisdiction and year.
 */
@Service
class BulletinService {

  private final BulletinRepository bulletins;
  private final BulletinItemRepository items;
  private final ProblemRepository problems;
  private final BulletinCandidates candidates;
  private final BulletinViews views;
  private final DataScope dataScope;
  private final UserDirectory directory;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  BulletinService(BulletinRepository bulletins, BulletinItemRepository items, ProblemRepository problems,
      BulletinCandidates candidates, BulletinViews views, DataScope dataScope, UserDirectory directory,
      ApplicationEventPublisher events, Clock clock) {
    this.bulletins = bulletins;
    this.items = items;
    this.problems = problems;
    this.candidates = candidates;
    this.views = views;
    this.dataScope = dataScope;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public BulletinView generate(YearMonth month, String jurisdiction, CurrentUser user) {
    if (!month.isBefore(YearMonth.from(Beijing.today(clock)))) {
      throw ApiProblem.badInput("month", "月份 " + month + " 尚未结束，只能生成已结束月份的通报");
    }
    MatterScope scope = requireJurisdiction(jurisdiction, user);
    bulletins.findByJurisdictionAndMonth(jurisdiction, month.toString()).stream().findFirst().ifPresent(existing -> {
      throw BulletinProblems.alreadyGenerated(jurisdiction, month.toString(), existing.getNumber());
    });
    Instant from = month.atDay(1).atStartOfDay(Beijing.ZONE).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Beijing.ZONE).toInstant();
    Bulletin bulletin = new Bulletin(jurisdiction, month,
        bulletins.countByJurisdictionAndYear(jurisdiction, month.getYear()) + 1, from, to, clock.instant(),
        user.username());
    try {
      bulletins.saveAndFlush(bulletin);
    } catch (DataIntegrityViolationException concurrent) {
      throw BulletinProblems.alreadyGenerated(jurisdiction, month.toString(), bulletin.getNumber());
    }
    // every problem this jurisdiction's bulletins listed before, with the bulletin that listed it first;
    // those not yet verified are carried over
    Map<String, String> firstListed = new HashMap<>();
    Map<Long, Problem> carried = new LinkedHashMap<>();
    Map<Long, String> carriedFirst = new HashMap<>();
    for (BulletinItem item : items.itemsOfJurisdiction(jurisdiction, "9999-12")) {
      firstListed.putIfAbsent(item.getProblem().key(), item.getFirstListedIn());
    }
    for (BulletinItem item : items.itemsOfJurisdiction(jurisdiction, month.toString())) {
      Problem problem = item.getProblem();
      if (problem.getStatus() != ProblemStatus.VERIFIED) {
        carried.putIfAbsent(problem.getId(), problem);
        carriedFirst.putIfAbsent(problem.getId(), item.getFirstListedIn());
      }
    }
    Map<String, Candidate> fresh = new LinkedHashMap<>();
    candidates.of(month, jurisdiction, scope).stream()
        .filter(c -> !firstListed.containsKey(c.key()))
        .sorted(Comparator.comparing(Candidate::unit).thenComparing(Candidate::occurredAt))
        .forEach(c -> fresh.putIfAbsent(c.key(), c));
    for (Candidate candidate : fresh.values()) {
      Problem problem = problems.findBySourceAndReference(candidate.source(), candidate.reference())
          .orElseGet(() -> problems.save(new Problem(candidate)));
      items.save(new BulletinItem(bulletin.getId(), problem, false, bulletin.getNumber()));
    }
    carried.values().forEach(problem ->
        items.save(new BulletinItem(bulletin.getId(), problem, true, carriedFirst.get(problem.getId()))));
    try {
      items.flush();
    } catch (DataIntegrityViolationException concurrent) {
      throw ApiProblem.concurrentChange("同一问题正由另一期通报同时列入，请稍后重试");
    }
    events.publishEvent(new AuditableAction("生成月通报", null, "%s 辖区 %s %s：新列问题 %d 个，仍未整改 %d 个"
        .formatted(bulletin.getNumber(), jurisdiction, month, fresh.size(), carried.size())));
    return views.of(bulletin);
  }

  @Transactional(readOnly = true)
  public BulletinView get(long id, CurrentUser user) {
    return views.of(visible(id, user));
  }

  @Transactional(readOnly = true)
  public List<BulletinSummary> list(String jurisdiction, CurrentUser user) {
    MatterScope scope = jurisdiction == null ? dataScope.of(user) : requireJurisdiction(jurisdiction, user);
    return bulletins.search(jurisdiction, !scope.unlimited(), units(scope)).stream().map(views::summaryOf).toList();
  }

  private Bulletin visible(long id, CurrentUser user) {
    MatterScope scope = dataScope.of(user);
    return bulletins.findById(id)
        .filter(b -> scope.unlimited() || scope.handlingUnits().contains(b.getJurisdiction()))
        .orElseThrow(() -> ApiProblem.notFound("月通报", String.valueOf(id)));
  }

  /** The caller's scope, once the jurisdiction is known to exist and to lie in it. */
  private MatterScope requireJurisdiction(String jurisdiction, CurrentUser user) {
    if (!directory.unitExists(jurisdiction)) {
      throw ApiProblem.badInput("jurisdiction", "单位 " + jurisdiction + " 不存在");
    }
    MatterScope scope = dataScope.of(user);
    if (!scope.unlimited() && !scope.handlingUnits().contains(jurisdiction)) {
      throw ApiProblem.forbidden("辖区 " + jurisdiction + " 不在您的数据范围内");
    }
    return scope;
  }

  /** The units a scoped query may match (never an empty list: PostgreSQL refuses {@code in ()}). */
  static Set<String> units(MatterScope scope) {
    return scope.handlingUnits().isEmpty() ? Set.of("-") : scope.handlingUnits();
  }
}
