package org.xinfangflow.handling;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinfangflow.petition.Classification;
import org.xinfangflow.petition.DispatchAction;

/** 依法分类处理 — the class, what to do, the receiving unit and a note. */
record DispatchRequest(
    @NotNull(message = "必填") Classification classification,
    @NotNull(message = "必填") DispatchAction action,
    @Size(max = 40, message = "最长40字") String unit,
    @Size(max = 2000, message = "最长2000字") String note,
    @Size(max = 40, message = "最长40字") String accusedUnit) {
}
