package org.xinfangflow.petition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.shared.ApiProblem;

/** 登记与查询 — {@code /api/petitions}. */
@RestController
@Validated
@RequestMapping("/api/petitions")
class PetitionController {

  private final RegistrationService registration;
  private final PetitionService petitions;
  private final UserDirectory directory;
  private final DataScope scope;
  private final MatterVisibility visibility;

  PetitionController(RegistrationService registration, PetitionService petitions, UserDirectory directory,
      DataScope scope, MatterVisibility visibility) {
    this.registration = registration;
    this.petitions = petitions;
    this.directory = directory;
    this.scope = scope;
    this.visibility = visibility;
  }

  @PostMapping
  ResponseEntity<PetitionDetail> register(@Valid @RequestBody RegistrationRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
    CurrentUser clerk = directory.current();
    if (idempotencyKey != null && idempotencyKey.isBlank()) {
      throw ApiProblem.badInput("Idempotency-Key", "Idempotency-Key: 不能为空");
    }
    if (idempotencyKey != null) {
      var replayed = registration.replay(idempotencyKey, request, clerk);
      if (replayed.isPresent()) {
        return created(replayed.get(), true);
      }
    }
    String number;
    try {
      number = registration.register(request, idempotencyKey, clerk);
    } catch (org.springframework.dao.DataIntegrityViolationException raced) {
      // a concurrent submit with the same key committed first: answer with its result
      number = idempotencyKey == null ? rethrow(raced)
          : registration.replay(idempotencyKey, request, clerk).orElseThrow(() -> raced);
    }
    return created(number, false);
  }

  /**
   * The detail view: personal data whole for the roles that work the matter (and the view audited),
   * masked otherwise. An accusation's reporters (检举控告人) are shown whole only to the discipline
   * organ handling it (Art. 30): everyone else sees their numbers masked.
   */
  @GetMapping("/{number}")
  PetitionDetail detail(@PathVariable String number) {
    PetitionSnapshot matter = visibility.require(number);
    CurrentUser user = directory.current();
    if (matter.classification() == Classification.ACCUSATION) {
      boolean disciplineOrgan = matter.action() == DispatchAction.ROUTE_DISCIPLINE
          && scope.isStaffOf(user, matter.unitCode());
      return disciplineOrgan ? petitions.detailWithPersonalData(number, user.username())
          : user.has(Role.AUDITOR) ? petitions.anonymisedDetail(number) : petitions.detail(number);
    }
    if (user.has(Role.CLERK) || user.has(Role.HANDLER) || user.has(Role.HEAD) || user.has(Role.REVIEWER)) {
      return petitions.detailWithPersonalData(number, user.username());
    }
    return user.has(Role.SUPERVISOR) || user.has(Role.ADMIN) ? petitions.detail(number)
        : petitions.anonymisedDetail(number);
  }

  @GetMapping
  Map<String, Object> search(@RequestParam(required = false) PetitionStatus status,
      @RequestParam(required = false) String unit, @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) @Size(max = 100) String q,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    CurrentUser user = directory.current();
    Page<PetitionSummary> result = petitions.search(status, unit, scope.of(user),
        scope.accusedUnitsHiddenFrom(user), user.username(), overdue, q,
        PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
    return Map.of("content", result.getContent(), "totalElements", result.getTotalElements(),
        "page", page, "size", size);
  }

  private ResponseEntity<PetitionDetail> created(String number, boolean replayed) {
    return ResponseEntity.created(URI.create("/api/petitions/" + number))
        .header("Idempotent-Replayed", Boolean.toString(replayed))
        .body(petitions.detail(number));
  }

  private static String rethrow(RuntimeException e) {
    throw e;
  }
}
