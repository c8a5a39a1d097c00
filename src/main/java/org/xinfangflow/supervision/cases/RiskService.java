package org.xinfangflow.supervision.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.audit.AuditTrail;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.Channel;
import org.xinfangflow.petition.PetitionDetail;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionSnapshot;
import org.xinfangflow.petition.PetitionerMatter;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.FieldCipher;
import org.xinfangflow.shared.Masking;

/**
 * 风险台账 — grades petitioners high/medium/low in the grading bureau's ledger (every grading kept), and
 * shows a petitioner's picture: grade, matters, repeat matters, visits and level-skipping visits (越级访).
 * ID numbers are hashed with {@link FieldCipher} (every key's hash is searched) and shown masked.
 */
@Service
class RiskService {

  private final RiskEntryRepository entries;
  private final RiskGradeRepository grades;
  private final PetitionService petitions;
  private final MatterAccess access;
  private final DataScope scope;
  private final UserDirectory directory;
  private final RegionLevels regions;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final Clock clock;

  RiskService(RiskEntryRepository entries, RiskGradeRepository grades, PetitionService petitions, MatterAccess access,
      DataScope scope, UserDirectory directory, RegionLevels regions, FieldCipher cipher, AuditTrail audit,
      Clock clock) {
    this.entries = entries;
    this.grades = grades;
    this.petitions = petitions;
    this.access = access;
    this.scope = scope;
    this.directory = directory;
    this.regions = regions;
    this.cipher = cipher;
    this.audit = audit;
    this.clock = clock;
  }

  /** Grades (or re-grades) the petitioner in the caller's bureau's ledger; the petitioner must have a matter in scope. */
  @Transactional
  PetitionerRisk grade(RiskRequests.Grade request, CurrentUser supervisor) {
    String idNumber = normalise(request.idNumber());
    LocalDate today = Beijing.today(clock);
    if (request.reviewDate().isBefore(today)) {
      throw ApiProblem.badInput("reviewDate", "复核日期不能早于今天（" + today + "）");
    }
    MatterScope matterScope = scope.of(supervisor);
    List<PetitionerMatter> matters = petitions.mattersOfPetitioner(idNumber, "");
    if (matters.stream().noneMatch(m -> access.covers(supervisor, matterScope, m.matter()))) {
      throw ApiProblem.notFound("信访人", Masking.idNumber(idNumber));
    }
    String unit = supervisor.unitCode() == null ? "-" : supervisor.unitCode();
    List<String> hashes = cipher.searchHashes(idNumber);
    RiskEntry entry = entries.findByIdNumberHashInOrderById(hashes).stream()
        .filter(found -> found.getUnitCode().equals(unit)).findFirst()
        .orElseGet(() -> new RiskEntry(unit, Masking.idNumber(idNumber)));
    RiskLevel before = entry.getId() == null ? null : entry.getLevel();
    String reasons = request.reasons().strip();
    entry.grade(request.level(), reasons, request.reviewDate(), supervisor.username(), clock.instant(),
        cipher.hash(idNumber), cipher.currentKeyId());
    try {
      entry = entries.saveAndFlush(entry);
    } catch (DataIntegrityViolationException e) {
      throw ApiProblem.concurrentChange("信访人 " + Masking.idNumber(idNumber) + " 刚被他人评定");
    }
    grades.save(new RiskGrade(entry.getId(), request.level(), reasons, request.reviewDate(), supervisor.username(),
        clock.instant()));
    audit.record("风险等级评定", null, "信访人 %s：%s%s，复核日期 %s；理由：%s".formatted(Masking.idNumber(idNumber),
        before == null ? "" : before + " → ", request.level(), request.reviewDate(), reasons));
    return picture(idNumber, matters, supervisor);
  }

  /** The petitioner with this ID number; 404 when the caller's scope holds neither a matter nor a grade. */
  @Transactional(readOnly = true)
  PetitionerRisk lookup(String rawIdNumber, CurrentUser supervisor) {
    String idNumber = normalise(rawIdNumber);
    PetitionerRisk risk = picture(idNumber, petitions.mattersOfPetitioner(idNumber, ""), supervisor);
    if (risk.grades().isEmpty() && risk.visibleMatters().isEmpty()) {
      throw ApiProblem.notFound("信访人", Masking.idNumber(idNumber));
    }
    return risk;
  }

  /**
   * The petitioners of a matter in scope. Their ID numbers are read whole inside the application to find
   * them (recorded in the audit trail as a view of personal data); the answer shows them masked.
   */
  @Transactional
  List<PetitionerRisk> ofMatter(String number, CurrentUser supervisor) {
    access.visible(supervisor, number);
    PetitionDetail detail = petitions.detailWithPersonalData(number, supervisor.username());
    return detail.petitioners().stream().map(PetitionDetail.PetitionerView::idNumber)
        .filter(id -> id != null && !id.isBlank()).map(RiskService::normalise).distinct()
        .map(id -> picture(id, petitions.mattersOfPetitioner(id, ""), supervisor)).toList();
  }

  /** The ledger in the caller's scope, by level and/or only those due for review. */
  @Transactional(readOnly = true)
  List<RiskView> ledger(RiskLevel level, boolean dueForReview, CurrentUser supervisor) {
    MatterScope matterScope = scope.of(supervisor);
    LocalDate today = Beijing.today(clock);
    Set<String> units = matterScope.registeringUnits().isEmpty() ? Set.of("-") : matterScope.registeringUnits();
    return entries.search(level, dueForReview, today, !matterScope.unlimited(), units).stream()
        .map(entry -> entry.view(today, history(entry))).toList();
  }

  private PetitionerRisk picture(String idNumber, List<PetitionerMatter> matters, CurrentUser supervisor) {
    MatterScope matterScope = scope.of(supervisor);
    LocalDate today = Beijing.today(clock);
    List<RiskView> visibleGrades = entries.findByIdNumberHashInOrderById(cipher.searchHashes(idNumber)).stream()
        .filter(entry -> matterScope.unlimited() || matterScope.registeringUnits().contains(entry.getUnitCode()))
        .map(entry -> entry.view(today, history(entry))).toList();
    List<PetitionSnapshot> all = matters.stream().map(PetitionerMatter::matter).toList();
    List<PetitionSnapshot> visits = all.stream().filter(m -> m.channel() == Channel.VISIT).toList();
    List<String> skipping = new ArrayList<>();
    Map<String, String> bureauRegions = visits.stream().map(PetitionSnapshot::registeredUnit).filter(Objects::nonNull)
        .distinct().collect(Collectors.toMap(u -> u, u -> directory.unitRegion(u).orElse("")));
    for (PetitionSnapshot visit : visits) {
      String bureauRegion = visit.registeredUnit() == null ? null : bureauRegions.get(visit.registeredUnit());
      if (regions.skips(bureauRegion, petitions.detail(visit.number()).regionCode())) {
        skipping.add(visit.number());
      }
    }
    Set<String> visible = all.stream().filter(m -> access.covers(supervisor, matterScope, m))
        .map(PetitionSnapshot::number).collect(Collectors.toSet());
    return new PetitionerRisk(Masking.idNumber(idNumber), visibleGrades, all.size(),
        all.stream().filter(m -> m.repeatOf() != null).count(), visits.size(), skipping.size(), regions.threshold(),
        all.stream().map(PetitionSnapshot::number).filter(visible::contains).toList(),
        skipping.stream().filter(visible::contains).toList());
  }

  private List<RiskView.Grading> history(RiskEntry entry) {
    return grades.findByPetitionerIdOrderById(entry.getId()).stream().map(RiskGrade::view).toList();
  }

  private static String normalise(String idNumber) {
    return idNumber.strip().toUpperCase();
  }
}
