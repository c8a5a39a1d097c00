package org.xinfangflow.petition;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.ApplicationEventPublisher;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.FieldCipher;
import org.xinfangflow.shared.Masking;

/**
 * The petition module's API: the workflow and the step modules read matters and keep their
 * status, open steps, deadlines and timeline current through it, in the caller's transaction.
 */
@Service
@Transactional
public class PetitionService {

  private final PetitionRepository petitions;
  private final PetitionDeadlineRepository deadlines;
  private final PetitionEventRepository events;
  private final TimelineRecorder timeline;
  private final ApplicationEventPublisher publisher;
  private final ObjectProvider<MatterFindings> findings;
  private final FieldCipher cipher;
  private final Clock clock;

  PetitionService(PetitionRepository petitions, PetitionDeadlineRepository deadlines, PetitionEventRepository events,
      TimelineRecorder timeline, ApplicationEventPublisher publisher, ObjectProvider<MatterFindings> findings,
      FieldCipher cipher, Clock clock) {
    this.clock = clock;
    this.findings = findings;
    this.cipher = cipher;
    this.petitions = petitions;
    this.deadlines = deadlines;
    this.events = events;
    this.timeline = timeline;
    this.publisher = publisher;
  }

  @Transactional(readOnly = true)
  public Optional<PetitionSnapshot> find(String number) {
    return petitions.findByNumber(number).map(PetitionService::snapshot);
  }

  /** The matter, or 404. */
  @Transactional(readOnly = true)
  public PetitionSnapshot get(String number) {
    return find(number).orElseThrow(() -> ApiProblem.notFound("信访事项", number));
  }

  /** The category, title and content of the matter, or 404. */
  @Transactional(readOnly = true)
  public MatterText text(String number) {
    Petition p = load(number);
    return new MatterText(p.getCategory(), p.getTitle(), p.getContent());
  }

  /**
   * The matters of the person with this ID number (by its hash under every key), oldest first, each
   * marked whether its content is the same as {@code content} (the fingerprint of repeat detection).
   */
  @Transactional(readOnly = true)
  public List<PetitionerMatter> mattersOfPetitioner(String idNumber, String content) {
    String fingerprint = ContentFingerprint.of(content);
    return byIdNumbers(List.of(idNumber.strip().toUpperCase())).stream()
        .map(p -> new PetitionerMatter(snapshot(p), fingerprint.equals(p.getContentFingerprint())))
        .toList();
  }

  /** The other matters of this matter's petitioners (by their ID numbers), oldest first. */
  @Transactional(readOnly = true)
  public List<PetitionerMatter> otherMattersOfPetitioners(String number) {
    Petition matter = load(number);
    List<String> ids = matter.getPetitioners().stream().map(Petitioner::getIdNumber)
        .filter(id -> id != null && !id.isBlank()).toList();
    return byIdNumbers(ids).stream().filter(p -> !p.getNumber().equals(number))
        .map(p -> new PetitionerMatter(snapshot(p), matter.getContentFingerprint().equals(p.getContentFingerprint())))
        .toList();
  }

  private List<Petition> byIdNumbers(List<String> ids) {
    // every key's hash: rows not yet re-encrypted after a key rotation carry a previous key's hash
    List<String> hashes = ids.stream().flatMap(id -> cipher.searchHashes(id).stream()).toList();
    return hashes.isEmpty() ? List.of() : petitions.findByIdNumberHashes(hashes);
  }

  public void recordDispatch(String number, Classification classification, DispatchAction action, String unit,
      String accusedUnit, Set<String> accusedPersons) {
    Petition matter = load(number);
    matter.dispatched(classification, action, unit, accusedUnit, accusedPersons);
    deadlines.findByPetitionIdOrderById(matter.getId()).forEach(clock -> clock.copyScopeOf(matter));
  }

  public void moveTo(String number, PetitionStatus status) {
    load(number).moveTo(status);
  }

  public void stepOpened(String number, String step) {
    load(number).stepOpened(step);
  }

  public void stepClosed(String number, String step) {
    load(number).stepClosed(step);
  }

  /** Stores a new clock of the matter, answered for by the unit whose step it is now. */
  public void startDeadline(String number, DeadlineSpec spec) {
    Petition matter = load(number);
    deadlines.save(new PetitionDeadline(matter, spec, responsibleUnit(matter, spec.step())));
  }

  /** 简易办理 — the unit puts the matter on its jurisdiction's fast track (recorded on the timeline). */
  public void putOnFastTrack(String number, String actor) {
    Petition matter = load(number);
    matter.putOnFastTrack();
    timeline.record(matter, actor, "简易办理", "适用本辖区简易办理时限");
  }

  /** The bureau answers for disposing, evaluation and the review clocks; the handling unit for the rest. */
  private static String responsibleUnit(Petition matter, ClockStep step) {
    return step.isBureauStep() ? matter.getRegisteredUnit() : matter.getUnitCode();
  }

  /** Replaces the dates of the step's running clock (an extension or a hearing moved it). */
  public void rescheduleDeadline(String number, DeadlineSpec spec) {
    latest(number, spec.step()).apply(spec, clock.instant());
  }

  @Transactional(readOnly = true)
  public Optional<DeadlineView> latestDeadline(String number, ClockStep step) {
    return deadlines.findByPetitionIdAndStepOrderByIdDesc(load(number).getId(), step).stream().findFirst()
        .map(PetitionDeadline::view);
  }

  public void meetDeadline(String number, ClockStep step, Instant at) {
    PetitionDeadline deadline = latest(number, step);
    if (deadline.isOpen()) {
      deadline.meet(at);
    }
  }

  public void markWarned(String number, ClockStep step) {
    latest(number, step).markWarned();
  }

  public void markOverdue(String number, ClockStep step) {
    latest(number, step).markOverdue();
  }

  public void markExpired(String number, ClockStep step) {
    latest(number, step).markExpired();
  }

  public void record(String number, String actor, String kind, String detail) {
    timeline.record(load(number), actor, kind, detail);
  }

  /** The matter with personal data masked (110101********4514, 138****8000). */
  @Transactional(readOnly = true)
  public PetitionDetail detail(String number) {
    return detail(number, false);
  }

  /** For auditors: no personal data at all — petitioners' names, numbers, phones and addresses withheld. */
  @Transactional(readOnly = true)
  public PetitionDetail anonymisedDetail(String number) {
    PetitionDetail detail = detail(number, false);
    return new PetitionDetail(detail.number(), detail.channel(), detail.receivedAt(), detail.registeredAt(),
        detail.registeredBy(), detail.petitioners().stream()
            .map(p -> new PetitionDetail.PetitionerView(Masking.name(p.name()), Masking.idNumber(p.idNumber()),
                Masking.phone(p.phone()), null))
            .toList(),
        detail.headcount(), detail.collective(), detail.title(), detail.content(), detail.category(),
        detail.regionCode(), detail.targetUnit(), detail.classification(), detail.action(), detail.unit(),
        detail.status(), detail.currentStep(), detail.openSteps(), detail.repeatOf(), detail.deadlines(),
        detail.timeline(), detail.findings());
  }

  /** The matter with personal data whole, for a role that needs it; the view is recorded. */
  public PetitionDetail detailWithPersonalData(String number, String viewer) {
    PetitionDetail detail = detail(number, true);
    publisher.publishEvent(new PersonalDataViewed(number, viewer));
    return detail;
  }

  private PetitionDetail detail(String number, boolean whole) {
    Petition p = load(number);
    return new PetitionDetail(p.getNumber(), p.getChannel(), p.getReceivedAt(), p.getRegisteredAt(),
        p.getRegisteredBy(),
        p.getPetitioners().stream()
            .map(r -> new PetitionDetail.PetitionerView(r.getName(),
                whole ? r.getIdNumber() : Masking.idNumber(r.getIdNumber()),
                whole ? r.getPhone() : Masking.phone(r.getPhone()), r.getAddress()))
            .toList(),
        p.getHeadcount(), p.isCollective(), p.getTitle(), p.getContent(), p.getCategory(), p.getRegionCode(),
        p.getTargetUnit(), p.getClassification(), p.getDispatchAction(), p.getUnitCode(), p.getStatus(),
        p.getCurrentStep(), List.copyOf(p.openStepSet()), p.getRepeatOf(),
        deadlines.findByPetitionIdOrderById(p.getId()).stream().map(PetitionDeadline::view).toList(),
        events.findByPetitionIdOrderById(p.getId()).stream().map(PetitionEvent::view).toList(),
        findings.stream().flatMap(source -> source.findingsOf(p.getNumber()).stream()).map(Object.class::cast)
            .toList());
  }

  /** A page of the matters within the caller's scope. */
  @Transactional(readOnly = true)
  public Page<PetitionSummary> search(PetitionStatus status, String unit, MatterScope scope,
      Set<String> hiddenAccusedUnits, String viewer, Boolean overdue, String q, Pageable page) {
    String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase().replace("%", "\\%") + "%";
    Set<String> accused = hiddenAccusedUnits.isEmpty() ? Set.of("-") : hiddenAccusedUnits;
    return petitions.search(status, unit, !scope.unlimited(), orNone(scope.handlingUnits()),
            orNone(scope.registeringUnits()), accused, viewer, like, overdue, page)
        .map(p -> new PetitionSummary(p.getNumber(), p.getChannel(), p.getReceivedAt(), p.getTitle(), p.getCategory(),
            p.getStatus(), p.getCurrentStep(), p.getUnitCode(), p.getRepeatOf()));
  }

  /** The handling and registering units of these matters, by number (units may be null). */
  @Transactional(readOnly = true)
  public Map<String, MatterUnits> unitsOf(Collection<String> numbers) {
    Map<String, MatterUnits> units = new HashMap<>();
    if (!numbers.isEmpty()) {
      petitions.findByNumberIn(numbers)
          .forEach(p -> units.put(p.getNumber(),
              new MatterUnits(p.getUnitCode(), p.getRegisteredUnit(), p.getAccusedPersons())));
    }
    return units;
  }

  /** Numbers of the matters still open (not closed, final, routed away or refused), a page at a time. */
  @Transactional(readOnly = true)
  public List<String> numbersInProgress(int page, int size) {
    return petitions.findOpenNumbers(OPEN_STATUSES, org.springframework.data.domain.PageRequest.of(page, size));
  }

  private static final Set<PetitionStatus> OPEN_STATUSES = java.util.EnumSet.copyOf(
      java.util.Arrays.stream(PetitionStatus.values()).filter(PetitionStatus::inProgress).toList());

  /** An IN list never empty: "-" is no unit's code. */
  private static Set<String> orNone(Set<String> units) {
    return units.isEmpty() ? Set.of("-") : units;
  }

  private PetitionDeadline latest(String number, ClockStep step) {
    return deadlines.findByPetitionIdAndStepOrderByIdDesc(load(number).getId(), step).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + step + " clock for " + number));
  }

  private Petition load(String number) {
    return petitions.findByNumber(number).orElseThrow(() -> ApiProblem.notFound("信访事项", number));
  }

  private static PetitionSnapshot snapshot(Petition p) {
    boolean reachable = p.getPetitioners().stream()
        .anyMatch(r -> r.getName() != null && !r.getName().isBlank() && (r.getAddress() != null || r.getPhone() != null));
    return new PetitionSnapshot(p.getNumber(), p.getChannel(), p.getReceivedAt(), p.getStatus(), p.getClassification(),
        p.getDispatchAction(), p.getUnitCode(), p.getRegisteredBy(), reachable, p.getRepeatOf(), p.getAccusedUnit(),
        p.getRegisteredUnit(), p.getAccusedPersons(), p.getCategory(), p.isFastTrack());
  }
}
