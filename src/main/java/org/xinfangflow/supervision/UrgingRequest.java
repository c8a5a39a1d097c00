package org.xinfangflow.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 催督办 — what the supervisor asks of the unit (API.md: {@code note}). */
record UrgingRequest(@NotBlank(message = "必填：督办意见") @Size(max = 2000, message = "最长2000字") String note) {
}
