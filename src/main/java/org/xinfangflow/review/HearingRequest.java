package org.xinfangflow.review;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** 听证 — first and last day of a hearing; both days are excluded from the re-review clock (Art. 36). */
record HearingRequest(@NotNull(message = "必填") LocalDate start, @NotNull(message = "必填") LocalDate end) {
}
