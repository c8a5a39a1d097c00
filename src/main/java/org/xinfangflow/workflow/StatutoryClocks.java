package org.xinfangflow.workflow;

import static org.xinfangflow.calendar.DayCount.CALENDAR;
import static org.xinfangflow.calendar.DayCount.WORKING;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xinfangflow.calendar.PeriodRule;
import org.xinfangflow.petition.ClockStep;

/** 法定时限 — the period rule of every clock, with its article (DOMAIN.md §1). */
@Component
class StatutoryClocks {

  private static final String REGULATIONS = "《信访工作条例》";

  private final Map<ClockStep, PeriodRule> rules = new EnumMap<>(ClockStep.class);
  private final PeriodRule redispose;

  StatutoryClocks(ClockProperties properties) {
    put(ClockStep.DISPOSE, "第二十二条", 15, CALENDAR, "依法分类处理，转送、交办或告知");
    put(ClockStep.ACCEPTANCE_NOTICE, "第二十三条", 15, CALENDAR, "决定是否受理并书面告知");
    put(ClockStep.OBJECTION, "第二十三条", 5, WORKING, "对非本单位职责事项提出异议");
    put(ClockStep.HANDLING, "第三十四条", 60, CALENDAR, "办结并出具信访处理意见书");
    put(ClockStep.EVALUATION_WINDOW, "第二十一条（评价期间为本系统设定）", properties.evaluationWindowDays(), CALENDAR,
        "信访人评价");
    put(ClockStep.REVIEW_REQUEST_WINDOW, "第三十五条", 30, CALENDAR, "信访人申请复查");
    put(ClockStep.REVIEW_OPINION, "第三十五条", 30, CALENDAR, "出具复查意见");
    put(ClockStep.RE_REVIEW_REQUEST_WINDOW, "第三十六条", 30, CALENDAR, "信访人申请复核");
    put(ClockStep.RE_REVIEW_OPINION, "第三十六条", 30, CALENDAR, "出具复核意见（听证时间不计入）");
    redispose = new PeriodRule(ClockStep.DISPOSE.name(), REGULATIONS + "第二十三条（异议退回后重新分类处理，期限为本系统设定）",
        properties.redisposeDays(), CALENDAR, "异议退回后重新依法分类处理");
  }

  private void put(ClockStep step, String article, int length, org.xinfangflow.calendar.DayCount count,
      String description) {
    rules.put(step, new PeriodRule(step.name(), REGULATIONS + article, length, count, description));
  }

  PeriodRule rule(ClockStep step) {
    return rules.get(step);
  }

  /** The rule for a clock started from the given start variable (a re-dispose after objection differs). */
  PeriodRule rule(ClockStep step, String startVariable) {
    return step == ClockStep.DISPOSE && "objectedOn".equals(startVariable) ? redispose : rule(step);
  }
}
