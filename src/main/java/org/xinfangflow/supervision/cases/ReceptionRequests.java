package org.xinfangflow.supervision.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the reception commands. */
final class ReceptionRequests {

  private ReceptionRequests() {
  }

  /** 安排接访 — the day (not in the past), the leader (an existing user), where, on what, with which units. */
  record Schedule(@NotNull(message = "必填：接访日期") LocalDate date,
      @NotBlank(message = "必填：接访领导用户名") @Size(max = 64, message = "最长64字") String leader,
      @NotBlank(message = "必填：接访地点") @Size(max = 200, message = "最长200字") String place,
      @NotBlank(message = "必填：接访主题") @Size(max = 500, message = "最长500字") String topic,
      @Size(max = 10, message = "最多10个单位")
      List<@NotBlank(message = "单位代码不能为空") @Size(max = 40, message = "最长40字") String> units) {
  }

  /** 取消接访 — why. */
  record Cancel(@NotBlank(message = "必填：取消原因") @Size(max = 1000, message = "最长1000字") String reason) {
  }

  /** 接访登记 — the reception day at which the matter was received. */
  record Mark(@NotNull(message = "必填：接访日") @Positive(message = "无效的接访日") Long receptionId) {
  }
}
