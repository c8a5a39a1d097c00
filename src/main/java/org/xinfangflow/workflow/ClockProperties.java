package org.xinfangflow.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 时限设置 (DOMAIN.md §3). {@code warningDays}: a warning this many days before each last day.
 * {@code evaluationWindowDays}: the Regulations set no evaluation window (product default 30).
 * {@code redisposeDays}: after a unit's objection the bureau disposes again within this many days
 * (product decision). {@code scheduleFile}: optional CSV of holiday/make-up-workday overrides, read
 * at start, so a new year's State Council schedule needs no release.
 */
@ConfigurationProperties("xinfang.clocks")
public record ClockProperties(Integer warningDays, Integer evaluationWindowDays, Integer redisposeDays,
    String scheduleFile) {

  public ClockProperties {
    warningDays = warningDays == null ? 3 : warningDays;
    evaluationWindowDays = evaluationWindowDays == null ? 30 : evaluationWindowDays;
    redisposeDays = redisposeDays == null ? 15 : redisposeDays;
  }
}
