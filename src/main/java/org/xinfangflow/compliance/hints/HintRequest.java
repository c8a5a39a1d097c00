package org.xinfangflow.compliance.hints;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.xinfangflow.petition.IdNumber;

/** A registration form being filled in: what the matter says and, if known, the petitioner's ID number. */
record HintRequest(
    @NotBlank(message = "必填") @Size(max = 64, message = "最长64字") String category,
    @NotBlank(message = "必填") @Size(max = 200, message = "最长200字") String title,
    @NotBlank(message = "必填") @Size(max = 20000, message = "最长20000字") String content,
    @Size(max = 18, message = "最长18位") @IdNumber String idNumber) {
}
