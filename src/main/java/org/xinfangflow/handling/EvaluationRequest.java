package org.xinfangflow.handling;

import jakarta.validation.constraints.NotNull;

/** 评价 — the petitioner's evaluation of the handling (Art. 21). */
record EvaluationRequest(@NotNull(message = "必填") Result result) {

  enum Result { SATISFIED, BASICALLY_SATISFIED, DISSATISFIED }
}
