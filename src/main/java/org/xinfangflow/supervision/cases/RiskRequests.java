package org.xinfangflow.supervision.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.xinfangflow.petition.IdNumber;

/** The bodies of the risk ledger commands. */
final class RiskRequests {

  private RiskRequests() {
  }

  /** 风险评定 — the petitioner's ID number, the level, why, and when to look again (not in the past). */
  record Grade(@NotBlank(message = "必填：公民身份号码") @IdNumber String idNumber,
      @NotNull(message = "必填：风险等级") RiskLevel level,
      @NotBlank(message = "必填：评定理由") @Size(max = 2000, message = "最长2000字") String reasons,
      @NotNull(message = "必填：复核日期") LocalDate reviewDate) {
  }

  /** 查询信访人 — by ID number, in the body so it never appears in a URL or an access log. */
  record Lookup(@NotBlank(message = "必填：公民身份号码") @IdNumber String idNumber) {
  }
}
