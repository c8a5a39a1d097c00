package org.xinfangflow.petition;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.FieldCipher;

/** 信访人历史 — the same petitioners' other matters, found by the ID numbers' keyed hashes. */
@Service
public class PetitionerHistory {

  private final PetitionRepository petitions;
  private final FieldCipher cipher;

  PetitionerHistory(PetitionRepository petitions, FieldCipher cipher) {
    this.petitions = petitions;
    this.cipher = cipher;
  }

  /** The same petitioners' earlier matters in the matter's category: closed by 复核, and still in progress. */
  @Transactional(readOnly = true)
  public EarlierMatters earlierInSameCategory(String number) {
    Petition matter = petitions.findByNumber(number).orElseThrow(() -> ApiProblem.notFound("信访事项", number));
    List<String> hashes = matter.getPetitioners().stream().map(Petitioner::getIdNumber).filter(Objects::nonNull)
        .flatMap(id -> cipher.searchHashes(id).stream()).toList();
    if (hashes.isEmpty()) {
      return new EarlierMatters(List.of(), List.of());
    }
    List<Petition> earlier = petitions.findSameCategoryByIdNumbers(matter.getCategory(), hashes, number).stream()
        .filter(p -> p.getRegisteredAt().isBefore(matter.getRegisteredAt()))
        .toList();
    return new EarlierMatters(
        earlier.stream().filter(p -> p.getStatus() == PetitionStatus.FINAL).map(Petition::getNumber).toList(),
        earlier.stream().filter(p -> p.getStatus().inProgress()).map(Petition::getNumber).toList());
  }

  /** Earlier matters by what became of them. */
  public record EarlierMatters(List<String> finalNumbers, List<String> inProgressNumbers) {
  }
}
