package org.xinfangflow.supervision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.xinfangflow.calendar.DayCount;
import org.xinfangflow.petition.ClockStep;

/**
 * 设定本地时限目标 — a profile's name and its targets; an empty list removes every target (the
 * statutory limits alone apply again).
 */
record ProfileRequest(
    @NotBlank(message = "必填：政策名称") @Size(max = 100, message = "最长100字") String name,
    @NotNull(message = "必填（可为空列表）") @Size(max = 20, message = "最多20项") List<@Valid @NotNull(message = "不能为空") Target> targets) {

  /** One target: the clock, the track (NORMAL every matter, FAST the fast track), days and how they count. */
  record Target(
      @NotNull(message = "必填") ClockStep step,
      TargetSetting.Track track,
      @NotNull(message = "必填") @Min(value = 1, message = "至少1日") @Max(value = 365, message = "最多365日") Integer days,
      @NotNull(message = "必填：CALENDAR 或 WORKING") DayCount dayCount) {

    TargetSetting.Track trackOrNormal() {
      return track == null ? TargetSetting.Track.NORMAL : track;
    }
  }
}
