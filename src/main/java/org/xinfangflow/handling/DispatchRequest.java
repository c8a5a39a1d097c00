package org.xinfangflow.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.xinfangflow.petition.Classification;
import org.xinfangflow.petition.DispatchAction;

/**
 * 依法分类处理 — the class, what to do, the receiving unit and a note; for an accusation, the accused
 * unit and the accounts of the accused people (被检举控告人), if they work in the system.
 */
record DispatchRequest(
    @NotNull(message = "必填") Classification classification,
    @NotNull(message = "必填") DispatchAction action,
    @Size(max = 40, message = "最长40字") String unit,
    @Size(max = 2000, message = "最长2000字") String note,
    @Size(max = 40, message = "最长40字") String accusedUnit,
    @Size(max = 10, message = "最多10人") List<@NotBlank(message = "不能为空") @Size(max = 64, message = "最长64字") String>
        accusedPersons) {

  /** The accounts of the accused people, none when not given. */
  Set<String> accusedPersonSet() {
    return accusedPersons == null ? Set.of() : new LinkedHashSet<>(accusedPersons);
  }
}
