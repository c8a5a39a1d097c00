package org.xinfangflow.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.OpenClocks;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionSnapshot;
import org.xinfangflow.shared.ApiProblem;

/**
 * 催督办 — issues urging notices (recorded on the matter, sent to the unit like an alert) and escalates,
 * once, an urged matter still overdue {@code xinfang.supervision.escalate-after-days} later: to the account
 * named in the urging unit's hook settings, else to the supervisors of the unit above the issuer's.
 */
@Service
@Transactional
class Urgings {

  private final UrgingRepository urgings;
  private final PetitionService petitions;
  private final OpenClocks clocks;
  private final DataScope scope;
  private final UserDirectory directory;
  private final Notifications notifications;
  private final Recipients recipients;
  private final UnitHooks hooks;
  private final SupervisionProperties properties;
  private final Clock clock;

  Urgings(UrgingRepository urgings, PetitionService petitions, OpenClocks clocks, DataScope scope,
      UserDirectory directory, Notifications notifications, Recipients recipients, UnitHooks hooks,
      SupervisionProperties properties, Clock clock) {
    this.urgings = urgings;
    this.petitions = petitions;
    this.clocks = clocks;
    this.scope = scope;
    this.directory = directory;
    this.notifications = notifications;
    this.recipients = recipients;
    this.hooks = hooks;
    this.properties = properties;
    this.clock = clock;
  }

  Urging.UrgingView issue(String number, String note, CurrentUser user) {
    PetitionSnapshot matter = visible(number, user);
    if (!matter.status().inProgress()) {
      throw ApiProblem.stepNotOpen("URGING", List.of()).with("status", matter.status());
    }
    String unit = clocks.unitAnsweringFor(number)
        .orElse(matter.unitCode() != null ? matter.unitCode() : matter.registeredUnit());
    Instant now = clock.instant();
    Urging urging = urgings.save(new Urging(number, unit, note.strip(), user.username(), now,
        now.plus(Duration.ofDays(properties.escalateAfterDays()))));
    String unitName = directory.unitName(unit).orElse(unit);
    petitions.record(number, user.username(), "催督办", "督办 " + unitName + "：" + note.strip());
    notifications.send(unitPeople(unit, matter), unit, NotificationKind.URGING, number, "催督办：" + number,
        "请 " + unitName + " 抓紧办理：" + note.strip());
    return urging.view();
  }

  @Transactional(readOnly = true)
  List<Urging.UrgingView> of(String number, CurrentUser user) {
    visible(number, user);
    return urgings.findByPetitionNumberOrderById(number).stream().map(Urging::view).toList();
  }

  /**
   * Escalates (or settles) up to {@code batch} urgings due by now; returns how many it looked at. Each is
   * claimed by a conditional update, so it escalates once even when two nodes sweep at the same time.
   */
  int escalateDue(int batch) {
    Instant now = clock.instant();
    List<Urging> due = urgings.dueForEscalation(now, PageRequest.of(0, batch));
    for (Urging urging : due) {
      if (!clocks.isOverdue(urging.petitionNumber(), now)) {
        if (urgings.settle(urging.id(), now) == 1) {
          urging.settled(now);
        }
      } else if (urgings.claimEscalation(urging.id(), now) == 1) {
        escalate(urging, now);
      }
    }
    return due.size();
  }

  private void escalate(Urging urging, Instant now) {
    String number = urging.petitionNumber();
    PetitionSnapshot matter = petitions.get(number);
    String issuerUnit = directory.unitOf(urging.issuedBy()).orElse(null);
    List<String> superiors = superiorsOf(issuerUnit);
    Set<String> accused = matter.accusedPersons();
    List<String> to = superiors.stream().filter(name -> !accused.contains(name)).toList();
    String unitName = directory.unitName(urging.unitCode()).orElse(String.valueOf(urging.unitCode()));
    String body = number + " 经 " + urging.issuedBy() + " 催督办（" + urging.note() + "）" + properties.escalateAfterDays()
        + " 日后仍超期未办结，责任单位：" + unitName;
    urging.escalated(now, to.isEmpty() ? "（无上级督查人员）" : String.join(",", to));
    notifications.send(to.isEmpty() ? List.of(urging.issuedBy()) : to, null, NotificationKind.ESCALATION, number,
        "督办升级：" + number, to.isEmpty() ? body + "；未设定上级督查人员，请设定单位通知渠道的升级对象" : body);
    petitions.record(number, "system", "督办升级", to.isEmpty()
        ? "催督办后仍超期，未找到上级督查人员" : "催督办后仍超期，升级至 " + String.join("、", to));
  }

  /** The account the issuer's unit names for escalation, else the supervisors of the unit above it. */
  private List<String> superiorsOf(String issuerUnit) {
    if (issuerUnit == null) {
      return List.of();
    }
    String named = hooks.of(issuerUnit).map(UnitHook::escalateTo).orElse(null);
    if (named != null) {
      return List.of(named);
    }
    return directory.parentUnit(issuerUnit).map(recipients::supervisorsIn).orElse(List.of());
  }

  private List<String> unitPeople(String unit, PetitionSnapshot matter) {
    var m = new Recipients.Matter(matter.unitCode(), matter.registeredUnit(), matter.accusedUnit(),
        matter.accusedPersons());
    boolean bureau = unit != null && unit.equals(matter.registeredUnit()) && !unit.equals(matter.unitCode());
    return recipients.of(unit, bureau, m);
  }

  private PetitionSnapshot visible(String number, CurrentUser user) {
    PetitionSnapshot matter = petitions.get(number);
    if (!scope.canSee(user, matter.unitCode(), matter.registeredUnit())
        || scope.isAccused(user, matter.accusedUnit()) || matter.accusedPersons().contains(user.username())) {
      throw ApiProblem.notFound("信访事项", number);
    }
    return matter;
  }
}
