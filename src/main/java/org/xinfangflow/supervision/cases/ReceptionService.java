package org.xinfangflow.supervision.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.audit.AuditTrail;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.Channel;
import org.xinfangflow.petition.MatterUnits;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionSnapshot;
import org.xinfangflow.shared.ApiProblem;

/**
 * 领导接访 — supervisors keep the schedule of leaders' reception days (draft, publish, cancel); any
 * signed-in user reads the published schedule; a clerk marks a matter registered at a reception.
 */
@Service
class ReceptionService {

  static final String NOT_PUBLISHED = "RECEPTION_NOT_PUBLISHED";
  static final String VISIT_ONLY = "RECEPTION_MATTER_IS_A_VISIT";
  static final String SAME_DAY = "RECEPTION_MATTER_RECEIVED_THAT_DAY";
  static final String ONCE = "ONE_RECEPTION_PER_MATTER";
  static final String HELD = "RECEPTION_HELD_NOT_CANCELLED";
  private static final String SOURCE = "DOMAIN.md §5 领导接访（产品规则）";

  private final ReceptionDayRepository days;
  private final ReceptionMatterRepository received;
  private final PetitionService petitions;
  private final MatterAccess access;
  private final DataScope scope;
  private final UserDirectory directory;
  private final AuditTrail audit;
  private final Clock clock;

  ReceptionService(ReceptionDayRepository days, ReceptionMatterRepository received, PetitionService petitions,
      MatterAccess access, DataScope scope, UserDirectory directory, AuditTrail audit, Clock clock) {
    this.audit = audit;
    this.days = days;
    this.received = received;
    this.petitions = petitions;
    this.access = access;
    this.scope = scope;
    this.directory = directory;
    this.clock = clock;
  }

  @Transactional
  ReceptionView schedule(ReceptionRequests.Schedule request, CurrentUser supervisor) {
    LocalDate today = Beijing.today(clock);
    if (request.date().isBefore(today)) {
      throw ApiProblem.badInput("date", "接访日期不能早于今天（" + today + "）");
    }
    String leader = request.leader().strip();
    if (directory.find(leader).isEmpty()) {
      throw ApiProblem.badInput("leader", "用户 " + leader + " 不存在");
    }
    List<String> units = request.units() == null ? List.of()
        : request.units().stream().map(String::strip).distinct().toList();
    units.stream().filter(unit -> !directory.unitExists(unit)).findFirst().ifPresent(unit -> {
      throw ApiProblem.badInput("units", "单位 " + unit + " 不存在");
    });
    ReceptionDay day = days.save(new ReceptionDay(request.date(), leader, request.place().strip(),
        request.topic().strip(), units, supervisor.username(), clock.instant()));
    audit.record("安排领导接访", null, describe(day));
    return day.view(name(leader), List.of());
  }

  @Transactional
  ReceptionView publish(long id, CurrentUser supervisor) {
    ReceptionDay day = visible(id, supervisor);
    if (day.getStatus() != ReceptionStatus.DRAFT) {
      throw ApiProblem.concurrentChange("接访日 " + id + " 当前状态为 " + day.getStatus() + "，只能公布草稿");
    }
    day.publish(clock.instant());
    audit.record("公布领导接访", null, describe(day));
    return view(day, supervisor);
  }

  @Transactional
  ReceptionView cancel(long id, String reason, CurrentUser supervisor) {
    ReceptionDay day = visible(id, supervisor);
    if (day.getStatus() == ReceptionStatus.CANCELLED) {
      throw ApiProblem.concurrentChange("接访日 " + id + " 已取消");
    }
    if (received.existsByReceptionId(day.getId())) {
      throw CaseRules.refused(HELD, SOURCE, "reason", "接访日 " + id + " 已有接待登记的信访事项，不能取消");
    }
    day.cancel(reason.strip(), clock.instant());
    audit.record("取消领导接访", null, describe(day) + "；原因：" + reason.strip());
    return view(day, supervisor);
  }

  /** The schedule between two days (inclusive): published days for everyone, all days for supervisors. */
  @Transactional(readOnly = true)
  List<ReceptionView> schedule(LocalDate from, LocalDate to, CurrentUser user) {
    Set<ReceptionStatus> statuses = user.has(Role.SUPERVISOR) ? EnumSet.allOf(ReceptionStatus.class)
        : EnumSet.of(ReceptionStatus.PUBLISHED);
    LocalDate start = from == null ? LocalDate.of(2000, 1, 1) : from;
    LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : to;
    if (end.isBefore(start)) {
      throw ApiProblem.badInput("to", "结束日期不能早于开始日期");
    }
    return days.findByDateBetweenAndStatusInOrderByDateAscIdAsc(start, end, statuses).stream()
        .map(day -> view(day, user)).toList();
  }

  @Transactional(readOnly = true)
  ReceptionView get(long id, CurrentUser user) {
    return view(visible(id, user), user);
  }

  /** Marks the matter as received at the reception day; the matter's timeline says so. */
  @Transactional
  ReceptionView mark(String number, long receptionId, CurrentUser clerk) {
    PetitionSnapshot matter = access.visible(clerk, number);
    ReceptionDay day = days.findById(receptionId)
        .filter(found -> found.getStatus() != ReceptionStatus.DRAFT)
        .orElseThrow(() -> ApiProblem.notFound("接访日", String.valueOf(receptionId)));
    if (day.getStatus() != ReceptionStatus.PUBLISHED) {
      throw CaseRules.refused(NOT_PUBLISHED, SOURCE, "receptionId", "接访日 " + receptionId + " 已取消");
    }
    if (matter.channel() != Channel.VISIT) {
      throw CaseRules.refused(VISIT_ONLY, SOURCE, "receptionId",
          "事项 " + number + " 的信访形式为 " + matter.channel() + "，只有来访（VISIT）事项可登记为领导接访");
    }
    LocalDate receivedOn = matter.receivedAt().atZone(Beijing.ZONE).toLocalDate();
    if (!receivedOn.equals(day.getDate())) {
      throw CaseRules.refused(SAME_DAY, SOURCE, "receptionId",
          "事项 " + number + " 的来访日期为 " + receivedOn + "，与接访日期 " + day.getDate() + " 不一致");
    }
    received.findByMatterNumber(number).ifPresent(earlier -> {
      throw CaseRules.refused(ONCE, SOURCE, "receptionId",
          "事项 " + number + " 已登记在接访日 " + earlier.getReceptionId());
    });
    try {
      received.saveAndFlush(new ReceptionMatter(day.getId(), number, clerk.username(), clock.instant()));
    } catch (DataIntegrityViolationException e) {
      throw ApiProblem.concurrentChange("事项 " + number + " 刚被他人登记为领导接访");
    }
    petitions.record(number, clerk.username(), "领导接访",
        "%s 领导接访日由 %s（%s）接待，地点：%s".formatted(day.getDate(), name(day.getLeader()), day.getLeader(),
            day.getPlace()));
    return view(day, clerk);
  }

  private ReceptionDay visible(long id, CurrentUser user) {
    return days.findById(id)
        .filter(day -> user.has(Role.SUPERVISOR) || day.getStatus() == ReceptionStatus.PUBLISHED)
        .orElseThrow(() -> ApiProblem.notFound("接访日", String.valueOf(id)));
  }

  private ReceptionView view(ReceptionDay day, CurrentUser user) {
    List<ReceptionMatter> matters = received.findByReceptionIdOrderById(day.getId());
    MatterScope matterScope = scope.of(user);
    Map<String, MatterUnits> units = petitions.unitsOf(matters.stream().map(ReceptionMatter::getMatterNumber).toList());
    return day.view(name(day.getLeader()), matters.stream().filter(m -> {
      MatterUnits unit = units.get(m.getMatterNumber());
      return unit != null && matterScope.covers(unit.handlingUnit(), unit.registeredUnit())
          && !unit.accusedPersons().contains(user.username());
    }).map(ReceptionMatter::view).toList());
  }

  private static String describe(ReceptionDay day) {
    return "接访日 %d：%s，%s，%s".formatted(day.getId(), day.getDate(), day.getLeader(), day.getPlace());
  }

  private String name(String username) {
    return directory.find(username).map(CurrentUser::displayName).orElse(username);
  }
}
