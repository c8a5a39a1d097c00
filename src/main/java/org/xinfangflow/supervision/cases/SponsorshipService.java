package org.xinfangflow.supervision.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.MatterUnits;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.workflow.SponsoredCases;

/** 领导包案 — a supervisor names the leader who sponsors a matter and records how it ended. */
@Service
class SponsorshipService {

  static final String ONE_SPONSOR = "ONE_SPONSOR_PER_MATTER";
  static final String NO_SPONSOR = "OUTCOME_NEEDS_SPONSORSHIP";
  private static final String SOURCE = "DOMAIN.md §5 领导包案（产品规则）";

  private final SponsorshipRepository sponsorships;
  private final PetitionService petitions;
  private final MatterAccess access;
  private final DataScope scope;
  private final UserDirectory directory;
  private final Clock clock;
  private final SponsoredCases engineRecord;

  SponsorshipService(SponsorshipRepository sponsorships, PetitionService petitions, MatterAccess access,
      DataScope scope, UserDirectory directory, Clock clock, SponsoredCases engineRecord) {
    this.engineRecord = engineRecord;
    this.sponsorships = sponsorships;
    this.petitions = petitions;
    this.access = access;
    this.scope = scope;
    this.directory = directory;
    this.clock = clock;
  }

  @Transactional
  SponsorshipView assign(String number, SponsorshipRequests.Assign request, CurrentUser supervisor) {
    access.visible(supervisor, number);
    String sponsor = request.sponsor().strip();
    CurrentUser leader = directory.find(sponsor)
        .orElseThrow(() -> ApiProblem.badInput("sponsor", "用户 " + sponsor + " 不存在"));
    sponsorships.findByActiveMatter(number).ifPresent(running -> {
      throw CaseRules.refused(ONE_SPONSOR, SOURCE, "sponsor",
          "事项 " + number + " 已由 " + running.getSponsor() + " 包案，结果记录前不能另行包案");
    });
    Sponsorship sponsorship;
    try {
      sponsorship = sponsorships.saveAndFlush(new Sponsorship(number, sponsor, blankToNull(request.note()),
          supervisor.username(), clock.instant()));
    } catch (DataIntegrityViolationException e) {
      throw ApiProblem.concurrentChange("事项 " + number + " 刚由他人安排了包案领导");
    }
    engineRecord.sponsored(sponsorship.getId(), number, sponsor,
        sponsorship.getAssignedAt().atZone(Beijing.ZONE).toLocalDate());
    petitions.record(number, supervisor.username(), "领导包案",
        "包案领导：%s（%s）%s".formatted(leader.displayName(), sponsor,
            request.note() == null || request.note().isBlank() ? "" : "；" + request.note().strip()));
    return sponsorship.view(leader.displayName());
  }

  @Transactional
  SponsorshipView conclude(String number, SponsorshipRequests.Outcome request, CurrentUser supervisor) {
    access.visible(supervisor, number);
    Sponsorship sponsorship = sponsorships.findByActiveMatter(number).orElseThrow(() -> CaseRules.refused(NO_SPONSOR,
        SOURCE, "outcome", "事项 " + number + " 没有进行中的领导包案，不能记录包案结果"));
    LocalDate today = Beijing.today(clock);
    if (request.date().isAfter(today)) {
      throw ApiProblem.badInput("date", "化解日期不能晚于今天（" + today + "）");
    }
    LocalDate assigned = sponsorship.getAssignedAt().atZone(Beijing.ZONE).toLocalDate();
    if (request.date().isBefore(assigned)) {
      throw ApiProblem.badInput("date", "化解日期不能早于包案日期（" + assigned + "）");
    }
    sponsorship.conclude(request.outcome(), request.note().strip(), request.date(), supervisor.username(),
        clock.instant());
    engineRecord.concluded(sponsorship.getId(), number, sponsorship.getSponsor(), assigned, request.outcome().name(),
        request.date());
    petitions.record(number, supervisor.username(), "包案结果",
        "%s（%s）：%s".formatted(request.outcome().label(), request.date(), request.note().strip()));
    return sponsorship.view(name(sponsorship.getSponsor()));
  }

  /** The sponsorships of matters in the caller's scope — one leader's, or everyone's — with the 化解率. */
  @Transactional(readOnly = true)
  SponsorReport report(String sponsor, CurrentUser user) {
    List<Sponsorship> all = sponsor == null || sponsor.isBlank() ? sponsorships.findAllByOrderByIdDesc()
        : sponsorships.findBySponsorOrderByIdDesc(sponsor.strip());
    MatterScope matterScope = scope.of(user);
    Map<String, MatterUnits> units = petitions.unitsOf(all.stream().map(Sponsorship::getMatterNumber).toList());
    List<Sponsorship> visible = all.stream().filter(s -> {
      MatterUnits matter = units.get(s.getMatterNumber());
      return matter != null && matterScope.covers(matter.handlingUnit(), matter.registeredUnit())
          && !matter.accusedPersons().contains(user.username());
    }).toList();
    long inSubstance = visible.stream().filter(s -> s.getOutcome() == SponsorshipOutcome.RESOLVED_IN_SUBSTANCE)
        .count();
    long byProcedure = visible.stream().filter(s -> s.getOutcome() == SponsorshipOutcome.CLOSED_BY_PROCEDURE)
        .count();
    long active = visible.stream().filter(Sponsorship::isActive).count();
    return new SponsorReport(sponsor == null || sponsor.isBlank() ? null : sponsor.strip(), visible.size(), active,
        inSubstance, byProcedure, Rate.of(inSubstance + byProcedure, visible.size()),
        visible.stream().map(s -> s.view(name(s.getSponsor()))).toList());
  }

  private String name(String username) {
    return directory.find(username).map(CurrentUser::displayName).orElse(username);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
