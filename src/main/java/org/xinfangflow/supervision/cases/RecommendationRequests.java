package org.xinfangflow.supervision.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the recommendation commands. */
final class RecommendationRequests {

  private RecommendationRequests() {
  }

  /** 发出建议 — kind, the unit addressed, the matters it grows from, the text, and the last day to respond. */
  record Issue(@NotNull(message = "必填") RecommendationKind kind,
      @NotBlank(message = "必填：被建议单位") @Size(max = 40, message = "最长40字") String unit,
      @NotEmpty(message = "至少一件信访事项") @Size(max = 50, message = "最多50件")
      List<@NotBlank(message = "事项编号不能为空") @Size(max = 32, message = "最长32字") String> matters,
      @NotBlank(message = "必填：建议内容") @Size(max = 10000, message = "最长10000字") String content,
      @NotNull(message = "必填：反馈期限") LocalDate responseDeadline) {
  }

  /** 反馈 — the unit's answer. */
  record Response(@NotBlank(message = "必填：反馈内容") @Size(max = 10000, message = "最长10000字") String response) {
  }
}
