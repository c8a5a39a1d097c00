package org.xinfangflow.supervision.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the bulletin and rectification commands. */
final class BulletinRequests {

  private BulletinRequests() {
  }

  /** 生成月通报 — the month (yyyy-MM, ended) and the jurisdiction (a unit code: it and its sub-units). */
  record Generate(
      @NotBlank(message = "必填：月份") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "格式为 yyyy-MM")
      String month,
      @NotBlank(message = "必填：辖区单位") @Size(max = 40, message = "最长40字") String jurisdiction) {
  }

  /** 报送整改 — what the unit did, and optionally an attachment id or document reference as proof. */
  record Rectification(
      @NotBlank(message = "必填：整改情况") @Size(max = 2000, message = "最长2000字") String evidence,
      @Size(max = 200, message = "最长200字") String attachment) {
  }

  /** 核验 — verified, or sent back to the unit with the reason in {@code comment}. */
  record Verification(
      @NotNull(message = "必填") Boolean verified,
      @Size(max = 1000, message = "最长1000字") String comment) {
  }
}
