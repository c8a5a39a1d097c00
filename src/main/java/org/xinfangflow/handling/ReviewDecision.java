package org.xinfangflow.handling;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 复审 / 签发 / 预审 — approve, or return to the drafter with a comment. */
record ReviewDecision(
    @NotNull(message = "必填") Boolean approve,
    @Size(max = 2000, message = "最长2000字") String comment) {
}
