package org.xinfangflow.handling;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 延期 — days more (Art. 34 allows at most 30, once) and the reason the petitioner is told. */
record ExtensionRequest(
    @NotNull(message = "必填") @Min(value = 1, message = "至少1日") Integer days,
    @NotBlank(message = "必填：延期理由须告知信访人") @Size(max = 2000, message = "最长2000字") String reason) {
}
