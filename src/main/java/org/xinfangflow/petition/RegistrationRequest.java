package org.xinfangflow.petition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** 登记 — what the intake clerk records (API.md, {@code POST /api/petitions}). */
public record RegistrationRequest(
    @NotNull(message = "必填") Channel channel,
    OffsetDateTime receivedAt,
    @NotEmpty(message = "至少一名信访人") @Size(max = 100, message = "最多100名") List<@Valid @NotNull PetitionerInput> petitioners,
    @NotNull(message = "必填") @Min(value = 1, message = "至少为1") @Max(value = 100000, message = "过大") Integer headcount,
    @NotBlank(message = "必填") @Size(max = 200, message = "最长200字") String title,
    @NotBlank(message = "必填") @Size(max = 20000, message = "最长20000字") String content,
    @NotBlank(message = "必填") @Size(max = 64, message = "最长64字") String category,
    @NotNull(message = "必填") @RegionCode String regionCode,
    @Size(max = 40, message = "最长40字") String targetUnit) {

  /** 信访人 as entered: the ID number is checked by GB 11643, the phone by its format. */
  public record PetitionerInput(
      @NotBlank(message = "必填") @Size(max = 50, message = "最长50字") String name,
      @IdNumber String idNumber,
      @Phone String phone,
      @Size(max = 200, message = "最长200字") String address) {
  }

  /** For a repeat check over the same people. */
  List<String> idNumbers() {
    return petitioners.stream().map(PetitionerInput::idNumber).filter(id -> id != null && !id.isBlank())
        .map(id -> id.strip().toUpperCase()).toList();
  }
}
