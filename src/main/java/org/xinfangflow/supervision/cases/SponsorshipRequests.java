package org.xinfangflow.supervision.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The bodies of the sponsorship commands. */
final class SponsorshipRequests {

  private SponsorshipRequests() {
  }

  /** 包案 — the leader (an existing user, by username) and why. */
  record Assign(@NotBlank(message = "必填：包案领导用户名") @Size(max = 64, message = "最长64字") String sponsor,
      @Size(max = 2000, message = "最长2000字") String note) {
  }

  /** 包案结果 — how it ended, what was done, and the day (not in the future). */
  record Outcome(@NotNull(message = "必填") SponsorshipOutcome outcome,
      @NotBlank(message = "必填：化解情况说明") @Size(max = 2000, message = "最长2000字") String note,
      @NotNull(message = "必填：化解日期") LocalDate date) {
  }
}
