package org.xinfangflow.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.calendar.PeriodRule;
import org.xinfangflow.calendar.TargetCheck;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.ClockStep;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.AuditableAction;
import org.xinfangflow.workflow.DeadlineClocks;
import org.xinfangflow.workflow.PolicyTargets;

/**
 * 本地时限政策 — keeps each jurisdiction's profile and answers the workflow's question "what is the local
 * target of this clock": the profile of the registering unit or of its nearest ancestor. A profile may
 * tighten a statutory limit, never loosen it (DOMAIN.md §3): a target that could end later than the limit
 * on any start day is refused with the article.
 */
@Service
class PolicyProfiles implements PolicyTargets {

  /** Clocks a jurisdiction may set a target for: its own duties, not the petitioner's or the unit's windows. */
  static final Set<ClockStep> TARGETABLE = EnumSet.of(ClockStep.DISPOSE, ClockStep.ACCEPTANCE_NOTICE,
      ClockStep.HANDLING, ClockStep.REVIEW_OPINION, ClockStep.RE_REVIEW_OPINION);

  private static final int MAX_LEVELS = 20;

  private final PolicyProfileRepository profiles;
  private final UserDirectory directory;
  private final DataScope scope;
  private final DeadlineClocks clocks;
  private final TargetCheck check;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  PolicyProfiles(PolicyProfileRepository profiles, UserDirectory directory, DataScope scope, DeadlineClocks clocks,
      TargetCheck check, ApplicationEventPublisher publisher, Clock clock) {
    this.profiles = profiles;
    this.directory = directory;
    this.scope = scope;
    this.clocks = clocks;
    this.check = check;
    this.publisher = publisher;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PeriodRule> target(String registeringUnit, ClockStep step, boolean fastTrack) {
    return inForce(registeringUnit).flatMap(profile -> profile.target(step, fastTrack)
        .map(setting -> new PeriodRule(step.name(), profile.name() + "（本地时限目标）", setting.days(),
            setting.dayCount(), (setting.track() == TargetSetting.Track.FAST ? "简易办理" : "本地目标") + "："
                + clocks.statutoryRule(step).description())));
  }

  @Override
  @Transactional(readOnly = true)
  public boolean offersFastTrack(String registeringUnit) {
    return inForce(registeringUnit).map(PolicyProfile::offersFastTrack).orElse(false);
  }

  @Transactional(readOnly = true)
  public List<ProfileView> all() {
    return profiles.findAll().stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public ProfileView of(String unit) {
    return profiles.findById(unit).map(this::view).orElseThrow(() -> ApiProblem.notFound("时限政策", unit));
  }

  /** Sets the unit's profile (replacing any), after checking every target against its statutory limit. */
  @Transactional
  public ProfileView save(String unit, ProfileRequest request, CurrentUser user) {
    if (!directory.unitExists(unit)) {
      throw ApiProblem.notFound("单位", unit);
    }
    if (!user.has(Role.ADMIN) && (user.unitCode() == null || !scope.isWithin(unit, user.unitCode()))) {
      throw ApiProblem.forbidden("只能为本单位及下级单位设定时限政策");
    }
    List<TargetSetting> settings = checked(request.targets());
    PolicyProfile profile = profiles.findById(unit).orElseGet(() -> new PolicyProfile(unit));
    profile.replace(request.name().strip(), settings, user.username(), clock.instant());
    profiles.save(profile);
    publisher.publishEvent(new AuditableAction("设定本地时限政策", null, unit + " " + request.name().strip() + "："
        + settings.stream().map(s -> s.step() + "/" + s.track() + " " + s.days() + s.dayCount().label())
            .toList()));
    return view(profile);
  }

  private List<TargetSetting> checked(List<ProfileRequest.Target> targets) {
    List<TargetSetting> settings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    LocalDate today = Beijing.today(clock);
    for (int i = 0; i < targets.size(); i++) {
      ProfileRequest.Target target = targets.get(i);
      String field = "targets[" + i + "]";
      PeriodRule statutory = clocks.statutoryRule(target.step());
      if (!TARGETABLE.contains(target.step())) {
        throw ApiProblem.refused(statutory.article(), field + ".step",
            "“" + statutory.description() + "”是信访人或责任单位的权利期间，不能以本地目标缩短");
      }
      if (target.trackOrNormal() == TargetSetting.Track.FAST && target.step() != ClockStep.HANDLING) {
        throw ApiProblem.badInput(field + ".track", field + ".track: 简易办理（FAST）只适用于办理时限（HANDLING）");
      }
      if (!seen.add(target.step() + "/" + target.trackOrNormal())) {
        throw ApiProblem.badInput(field + ".step", field + ".step: 同一环节和轨道只能设定一个目标");
      }
      PeriodRule local = new PeriodRule(target.step().name(), "本地目标", target.days(), target.dayCount(),
          statutory.description());
      check.firstLoosening(statutory, local, today.minusDays(366), today.plusDays(730)).ifPresent(loose -> {
        throw ApiProblem.refused(statutory.article(), field + ".days",
            "本地目标不得放宽法定期限：" + statutory.description() + "法定 " + statutory.length()
                + statutory.count().label() + "（" + statutory.article() + "）；按 " + target.days()
                + target.dayCount().label() + "，自 " + loose.start() + " 起算届满于 " + loose.targetDue()
                + "，晚于法定期限 " + loose.statutoryDue());
      });
      settings.add(new TargetSetting(target.step(), target.trackOrNormal(), target.days(), target.dayCount()));
    }
    return settings;
  }

  /** The profile of the unit, or of its nearest ancestor that has one. */
  private Optional<PolicyProfile> inForce(String unit) {
    String code = unit;
    for (int level = 0; code != null && level < MAX_LEVELS; level++) {
      Optional<PolicyProfile> profile = profiles.findById(code);
      if (profile.isPresent() && !profile.get().targets().isEmpty()) {
        return profile;
      }
      code = directory.parentUnit(code).orElse(null);
    }
    return Optional.empty();
  }

  private ProfileView view(PolicyProfile profile) {
    return new ProfileView(profile.unitCode(), profile.name(), profile.targets().stream()
        .map(t -> {
          PeriodRule statutory = clocks.statutoryRule(t.step());
          return new ProfileView.TargetView(t.step(), t.track(), t.days(), t.dayCount(),
              statutory.length() + statutory.count().label() + "（" + statutory.article() + "）");
        }).toList(), profile.offersFastTrack(), profile.updatedAt(), profile.updatedBy());
  }
}
