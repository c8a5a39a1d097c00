package org.xinfangflow.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.xinfangflow.calendar.Beijing;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionSnapshot;
import org.xinfangflow.petition.PetitionStatus;
import org.xinfangflow.petition.PetitionerMatter;
import org.xinfangflow.shared.ApiProblem;

/**
 * Runs the rule set over a matter and keeps its findings true: a new breach opens a finding, a
 * breach that is gone resolves it when the rule allows, an open one gets fresh evidence. A finding a
 * supervisor closed is not opened again for the same rule.
 */
@Service
public class ComplianceService {

  private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

  private final RuleSet rules;
  private final FindingRepository findings;
  private final PetitionService petitions;
  private final FindingMetrics metrics;
  private final Clock clock;

  ComplianceService(RuleSet rules, FindingRepository findings, PetitionService petitions, FindingMetrics metrics,
      Clock clock) {
    this.rules = rules;
    this.findings = findings;
    this.petitions = petitions;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Checks the matter against every detecting rule and updates its findings. */
  @Transactional
  public void evaluate(String number) {
    PetitionSnapshot snapshot = petitions.get(number);
    List<PetitionSnapshot> earlier = petitions.otherMattersOfPetitioners(number).stream()
        .map(PetitionerMatter::matter)
        .filter(other -> other.category().equals(snapshot.category())
            && other.receivedAt().isBefore(snapshot.receivedAt()))
        .toList();
    MatterFacts facts = new MatterFacts(petitions.detail(number), snapshot.registeredUnit(),
        numbers(earlier, other -> other.status() == PetitionStatus.FINAL),
        numbers(earlier, other -> other.status().inProgress()), Beijing.today(clock));
    Map<String, Breach> breaches = rules.check(facts).stream()
        .collect(Collectors.toMap(b -> b.rule().code(), Function.identity(), (first, second) -> first));
    List<Finding> existing = findings.findByMatterNumberOrderById(number);
    Map<String, Finding> open = existing.stream().filter(Finding::isOpen)
        .collect(Collectors.toMap(Finding::getRuleCode, Function.identity(), (first, second) -> first));
    Set<String> closedBySupervisor = existing.stream().filter(f -> f.view().status() == FindingStatus.CLOSED)
        .map(Finding::getRuleCode).collect(Collectors.toSet());
    Instant now = clock.instant();
    // before dispatch the registering bureau is the one responsible
    String responsible = snapshot.unitCode() != null ? snapshot.unitCode() : snapshot.registeredUnit();
    breaches.forEach((code, breach) -> {
      Finding finding = open.get(code);
      if (finding != null) {
        finding.update(breach.evidence(), responsible);
      } else if (!closedBySupervisor.contains(code)) {
        findings.save(new Finding(number, responsible, snapshot.registeredUnit(), breach.rule(),
            breach.evidence(), now));
        metrics.opened(code);
      }
    });
    Map<String, Finding> gone = open.entrySet().stream().filter(e -> !breaches.containsKey(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    if (!gone.isEmpty()) {
      // the catalog reads the deployed DMN table: only when a breach has gone
      Map<String, RuleDefinition> catalog = rules.catalog();
      gone.forEach((code, finding) -> {
        RuleDefinition rule = catalog.get(code);
        if (rule != null && rule.resolvesItself()) {
          finding.resolve(now);
        }
      });
    }
  }

  private static List<String> numbers(List<PetitionSnapshot> matters,
      java.util.function.Predicate<PetitionSnapshot> which) {
    return matters.stream().filter(which).map(PetitionSnapshot::number).toList();
  }

  /** Closes an open finding with the supervisor's reason; recorded on the matter (and so audited). */
  @Transactional
  public FindingView close(long id, String reason, CurrentUser supervisor, MatterScope scope) {
    Finding finding = findings.findById(id).filter(f -> scope.covers(f.getUnitCode(), f.getRegisteredUnit()))
        .orElseThrow(() -> ApiProblem.notFound("问题", String.valueOf(id)));
    if (!finding.isOpen()) {
      throw ApiProblem.concurrentChange("问题 " + id + " 已" + (finding.view().status() == FindingStatus.RESOLVED
          ? "因事项纠正而关闭" : "由督查人员关闭"));
    }
    finding.close(supervisor.username(), reason.strip(), clock.instant());
    petitions.record(finding.getMatterNumber(), supervisor.username(), "督查关闭问题",
        "%s（%s）：%s".formatted(finding.getRuleCode(), finding.view().message(), reason.strip()));
    return finding.view();
  }

  /** Findings in the caller's scope, newest first; {@code from}/{@code to} are Beijing days, inclusive. */
  @Transactional(readOnly = true)
  public Page<FindingView> search(String unit, String rule, FindingStatus status, LocalDate from, LocalDate to,
      MatterScope scope, Pageable page) {
    Set<String> units = new java.util.HashSet<>(scope.handlingUnits());
    units.addAll(scope.registeringUnits());
    return findings.search(unit, rule, status,
        // no open bounds: a null timestamp parameter has no type PostgreSQL can infer
        from == null ? Instant.EPOCH : from.atStartOfDay(Beijing.ZONE).toInstant(),
        to == null ? FAR_FUTURE : to.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant(),
        !scope.unlimited(), units.isEmpty() ? Set.of("-") : units, page).map(Finding::view);
  }

  /** The open matters, a page at a time, for the daily sweep. */
  @Transactional(readOnly = true)
  public List<String> openMatters(int page, int size) {
    return petitions.numbersInProgress(page, size);
  }

  @Transactional(readOnly = true)
  public List<FindingView> findingsOf(String number) {
    return findings.findByMatterNumberOrderById(number).stream().map(Finding::view).toList();
  }

  /** Every rule of the set, in family order. */
  public List<RuleDefinition> rules() {
    return List.copyOf(rules.catalog().values());
  }
}
