package org.xinfangflow.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 信访处理意见 — outcome (Art. 32), the facts found, the basis in law or policy, the opinion. */
record ReplyRequest(
    @NotNull(message = "必填") ReplyOutcome outcome,
    @NotBlank(message = "必填") @Size(max = 10000, message = "最长10000字") String facts,
    @NotBlank(message = "必填") @Size(max = 5000, message = "最长5000字") String basis,
    @NotBlank(message = "必填") @Size(max = 10000, message = "最长10000字") String opinion) {
}
