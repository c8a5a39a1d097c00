package org.xinfangflow.supervision.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.compliance.ComplianceService;
import org.xinfangflow.compliance.FindingStatus;
import org.xinfangflow.compliance.FindingView;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.petition.ClockStep;
import org.xinfangflow.petition.LateClock;
import org.xinfangflow.petition.LateClocks;

/**
 * Finds a month's problems in a jurisdiction: the compliance findings opened in the month and those
 * opened earlier still open, and the statutory clocks that went overdue in the month or were still
 * overdue at its end — each against the unit responsible, kept when that unit lies in the jurisdiction.
 */
@Component
class BulletinCandidates {

  private static final int PAGE = 500;

  private final ComplianceService compliance;
  private final LateClocks lateClocks;
  private final DataScope dataScope;

  BulletinCandidates(ComplianceService compliance, LateClocks lateClocks, DataScope dataScope) {
    this.compliance = compliance;
    this.lateClocks = lateClocks;
    this.dataScope = dataScope;
  }

  List<Candidate> of(YearMonth month, String jurisdiction, MatterScope scope) {
    Map<String, Boolean> within = new HashMap<>();
    Predicate<String> inJurisdiction = unit -> unit != null
        && within.computeIfAbsent(unit, u -> dataScope.isWithin(u, jurisdiction));
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    List<Candidate> found = new ArrayList<>();
    findings(null, first, last, scope, inJurisdiction, found);
    findings(FindingStatus.OPEN, null, first.minusDays(1), scope, inJurisdiction, found);
    Instant to = last.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant();
    for (LateClock clock : lateClocks.overdueDuring(first.atStartOfDay(Beijing.ZONE).toInstant(), to)) {
      if (inJurisdiction.test(clock.responsibleUnit())) {
        found.add(overdue(clock, to, last));
      }
    }
    return found;
  }

  private void findings(FindingStatus status, LocalDate from, LocalDate to, MatterScope scope,
      Predicate<String> inJurisdiction, List<Candidate> found) {
    int page = 0;
    Page<FindingView> views;
    do {
      views = compliance.search(null, null, status, from, to, scope,
          PageRequest.of(page++, PAGE, Sort.by(Sort.Direction.ASC, "id")));
      views.stream().filter(f -> inJurisdiction.test(f.unit())).map(BulletinCandidates::finding).forEach(found::add);
    } while (views.hasNext());
  }

  private static Candidate finding(FindingView f) {
    return new Candidate(ProblemSource.FINDING, String.valueOf(f.id()), f.matter(), f.unit(), f.rule(),
        f.familyLabel() + "：" + f.message(), f.article(), f.evidence(), f.detectedAt());
  }

  private static Candidate overdue(LateClock clock, Instant monthEnd, LocalDate lastDay) {
    boolean stillLate = clock.metAt() == null || !clock.metAt().isBefore(monthEnd);
    String evidence = "%s：期限至 %s，".formatted(clock.step(), clock.due()) + (stillLate
        ? "截至 " + lastDay + " 仍未办结"
        : LocalDate.ofInstant(clock.metAt(), Beijing.ZONE) + " 逾期办结");
    return new Candidate(ProblemSource.OVERDUE, String.valueOf(clock.deadlineId()), clock.matterNumber(),
        clock.responsibleUnit(), clock.step().name(), label(clock.step()) + "超过法定期限", clock.article(),
        evidence, clock.endsAt());
  }

  /** The step as the bulletin names it. */
  static String label(ClockStep step) {
    return switch (step) {
      case DISPOSE -> "依法分类处理";
      case ACCEPTANCE_NOTICE -> "受理告知";
      case OBJECTION -> "异议";
      case HANDLING -> "办理";
      case EVALUATION_WINDOW -> "评价";
      case REVIEW_REQUEST_WINDOW -> "复查申请";
      case REVIEW_OPINION -> "复查意见";
      case RE_REVIEW_REQUEST_WINDOW -> "复核申请";
      case RE_REVIEW_OPINION -> "复核意见";
    };
  }
}
