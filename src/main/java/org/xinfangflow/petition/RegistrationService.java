package org.xinfangflow.petition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.FieldCipher;

/**
 * 登记 — registers a matter in one transaction: checks, number, repeat detection (Art. 19, 36),
 * and the start of its lifecycle through {@link PetitionRegistered}.
 */
@Service
class RegistrationService {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final Instant EARLIEST_RECEIPT = Instant.parse("2000-01-01T00:00:00Z");

  private final PetitionRepository petitions;
  private final PetitionNumbers numbers;
  private final IdempotencyRecordRepository idempotency;
  private final TimelineRecorder timeline;
  private final UserDirectory directory;
  private final ApplicationEventPublisher events;
  private final PetitionProperties properties;
  private final FieldCipher cipher;
  private final Clock clock;

  RegistrationService(PetitionRepository petitions, PetitionNumbers numbers, IdempotencyRecordRepository idempotency,
      TimelineRecorder timeline, UserDirectory directory, ApplicationEventPublisher events,
      PetitionProperties properties, FieldCipher cipher, Clock clock) {
    this.petitions = petitions;
    this.numbers = numbers;
    this.idempotency = idempotency;
    this.timeline = timeline;
    this.directory = directory;
    this.events = events;
    this.properties = properties;
    this.cipher = cipher;
    this.clock = clock;
  }

  /** The first result for a key already used by this client, if any. */
  @Transactional(readOnly = true)
  public Optional<String> replay(String key, RegistrationRequest request, CurrentUser clerk) {
    return idempotency.findById(scopedKey(key, clerk)).map(record -> {
      if (!record.getRequestHash().equals(requestHash(request))) {
        throw ApiProblem.badInput("Idempotency-Key", "该幂等键已用于内容不同的另一次登记");
      }
      return record.getPetitionNumber();
    });
  }

  @Transactional
  public String register(RegistrationRequest request, String idempotencyKey, CurrentUser clerk) {
    Instant now = clock.instant();
    Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt().toInstant();
    checkRequest(request, receivedAt, now);
    String fingerprint = ContentFingerprint.of(request.content());
    List<Petition> earlier = sameContentFromSamePeople(request, fingerprint);
    earlier.stream().filter(p -> p.getStatus() == PetitionStatus.FINAL).findFirst().ifPresent(finalMatter -> {
      throw ApiProblem.refused("《信访工作条例》第三十六条", "content",
          "同一信访人以同一事实和理由提出的事项已经复核终结（" + finalMatter.getNumber() + "），不再受理");
    });
    Optional<Petition> inProgress = earlier.stream().filter(p -> p.getStatus().inProgress()).findFirst();

    String number = numbers.next(now.atZone(BEIJING).getYear());
    boolean collective = request.headcount() >= properties.collectiveVisitThreshold();
    Petition petition = new Petition(number, request, receivedAt, now, clerk.username(), clerk.unitCode(), collective, fingerprint,
        cipher::hash, cipher.currentKeyId());
    inProgress.ifPresent(original -> petition.markRepeatOf(original.getNumber()));
    petitions.saveAndFlush(petition);
    if (idempotencyKey != null) {
      idempotency.saveAndFlush(new IdempotencyRecord(scopedKey(idempotencyKey, clerk), requestHash(request), number,
          clerk.username(), now));
    }
    timeline.record(petition, clerk.username(), "登记", describe(petition));
    if (inProgress.isPresent()) {
      String original = inProgress.get().getNumber();
      timeline.record(petition, "system", "重复信访",
          "与办理中的事项 " + original + " 内容相同，作为重复信访关联，不另行启动办理（《信访工作条例》第十九条）");
      timeline.record(inProgress.get(), "system", "收到重复信访", "重复信访 " + number + " 已关联到本事项");
      events.publishEvent(new RepeatRegistered(number, original, receivedAt, petition.getChannel(),
          petition.getCategory(), clerk.username()));
    } else {
      events.publishEvent(new PetitionRegistered(number, receivedAt, petition.getChannel(), clerk.username()));
    }
    return number;
  }

  private void checkRequest(RegistrationRequest request, Instant receivedAt, Instant now) {
    if (receivedAt.isAfter(now)) {
      throw ApiProblem.badInput("receivedAt", "receivedAt: 收到时间不能晚于当前时间");
    }
    if (receivedAt.isBefore(EARLIEST_RECEIPT)) {
      throw ApiProblem.badInput("receivedAt", "receivedAt: 收到时间过早");
    }
    if (request.headcount() < request.petitioners().size()) {
      throw ApiProblem.badInput("headcount", "headcount: 人数不能少于所列信访人数（" + request.petitioners().size() + "）");
    }
    if (request.channel() == Channel.VISIT && request.petitioners().size() > properties.maxVisitRepresentatives()) {
      throw ApiProblem.refused("《信访工作条例》第二十条", "petitioners",
          "多人走访提出共同信访事项的，应当推选代表，代表人数不超过" + properties.maxVisitRepresentatives() + "人");
    }
    if (request.targetUnit() != null && !directory.unitExists(request.targetUnit())) {
      throw ApiProblem.badInput("targetUnit", "targetUnit: 单位 " + request.targetUnit() + " 不存在");
    }
  }

  private List<Petition> sameContentFromSamePeople(RegistrationRequest request, String fingerprint) {
    List<Petition> found = new ArrayList<>();
    List<String> ids = request.idNumbers();
    if (!ids.isEmpty()) {
      // every key's hash: rows not yet re-encrypted after a key rotation carry a previous key's hash
      found.addAll(petitions.findSameContentByIdNumbers(fingerprint,
          ids.stream().flatMap(id -> cipher.searchHashes(id).stream()).toList()));
    }
    request.petitioners().stream()
        .filter(p -> (p.idNumber() == null || p.idNumber().isBlank()) && p.phone() != null && !p.phone().isBlank())
        .forEach(p -> found.addAll(petitions.findSameContentByNameAndPhone(fingerprint, p.name().strip(), p.phone().strip())));
    return found;
  }

  private static String describe(Petition petition) {
    return "%s登记，%d人，类别 %s%s".formatted(petition.getChannel(), petition.getHeadcount(), petition.getCategory(),
        petition.isCollective() ? "（集体访）" : "");
  }

  private static String scopedKey(String key, CurrentUser clerk) {
    return ContentFingerprint.sha256(clerk.username() + "\n" + key);
  }

  private static String requestHash(RegistrationRequest request) {
    return ContentFingerprint.sha256(request.toString());
  }
}
