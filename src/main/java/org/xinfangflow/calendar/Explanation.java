package org.xinfangflow.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the Chinese explanation of a deadline, step by step, as the calculator goes. */
final class Explanation {

  private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

  private final HolidaySchedule schedule;
  private final StringBuilder text = new StringBuilder();

  Explanation(HolidaySchedule schedule, PeriodRule rule, LocalDate start) {
    this.schedule = schedule;
    text.append("依据").append(rule.article()).append("（").append(rule.description()).append("），自")
        .append(start).append("起算").append(rule.length()).append(rule.count().label()).append("（起始日不计入");
    text.append(rule.count() == DayCount.WORKING ? "，休息日和法定节假日不计，调休上班日计入）" : "）");
  }

  void pause(Pause pause) {
    text.append("；").append(pause.reason() == null ? "" : pause.reason()).append(pause.from()).append("至")
        .append(pause.to()).append("共").append(pause.days()).append("日不计入期间");
  }

  void calendarEnd(int days, LocalDate nominal, LocalDate due) {
    text.append("，第").append(days).append("日为").append(nominal).append("（").append(describe(nominal)).append("）");
    if (!due.equals(nominal)) {
      text.append("，为休息日，顺延至下一个工作日").append(due).append("（").append(describe(due)).append("）");
    }
  }

  void workingDayEnd(int days, LocalDate due) {
    text.append("，第").append(days).append("个工作日为").append(due).append("（").append(describe(due)).append("）");
  }

  void extension(Extension extension, LocalDate before, LocalDate nominal, LocalDate due) {
    text.append("；经批准延期").append(extension.days()).append("日");
    if (extension.reason() != null && !extension.reason().isBlank()) {
      text.append("（").append(extension.reason().strip()).append("）");
    }
    text.append("，自").append(before).append("延至").append(nominal);
    if (!due.equals(nominal)) {
      text.append("（").append(describe(nominal)).append("，休息日），顺延至").append(due);
    }
  }

  void finish(LocalDate due, Set<Integer> uncoveredYears) {
    text.append("。期限届满日为").append(due).append("，当日24时（北京时间）届满。");
    if (!uncoveredYears.isEmpty()) {
      text.append(uncoveredYears.stream().map(String::valueOf).collect(Collectors.joining("、")))
          .append("年节假日安排尚未载入，仅按周末计算。");
    }
  }

  private String describe(LocalDate day) {
    String weekday = WEEKDAYS[day.getDayOfWeek().getValue() - 1];
    return schedule.dayName(day).map(name -> weekday + "，" + name).orElse(weekday);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
