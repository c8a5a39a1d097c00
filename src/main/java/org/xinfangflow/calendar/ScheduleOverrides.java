package org.xinfangflow.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 节假日安排（补充） — days laid over a base schedule, from CSV text {@code date,REST|WORK,name}
 * ({@code #} starts a comment), so a newly published year needs a data change, not a release.
 */
public final class ScheduleOverrides implements HolidaySchedule {

  private final HolidaySchedule base;
  private final Map<LocalDate, Day> days;
  private final Set<Integer> years = new HashSet<>();

  private ScheduleOverrides(HolidaySchedule base, Map<LocalDate, Day> days) {
    this.base = base;
    this.days = Map.copyOf(days);
    days.keySet().forEach(day -> years.add(day.getYear()));
  }

  public static ScheduleOverrides none(HolidaySchedule base) {
    return new ScheduleOverrides(base, Map.of());
  }

  /** Parses the CSV; a bad line is refused with its number ("第3行: …"). */
  public static ScheduleOverrides parse(HolidaySchedule base, String csvText) {
    Map<LocalDate, Day> days = new HashMap<>();
    String[] lines = csvText.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      days.put(parseDate(line, i + 1), parseDay(line, i + 1));
    }
    return new ScheduleOverrides(base, days);
  }

  public int size() {
    return days.size();
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    Day day = days.get(date);
    return day == null ? base.isWorkingDay(date) : day.working();
  }

  @Override
  public Optional<String> dayName(LocalDate date) {
    Day day = days.get(date);
    return day == null ? base.dayName(date) : Optional.of(day.name());
  }

  @Override
  public boolean covers(int year) {
    return years.contains(year) || base.covers(year);
  }

  private static LocalDate parseDate(String line, int number) {
    String[] fields = line.split(",", -1);
    if (fields.length != 3) {
      throw new IllegalArgumentException("第" + number + "行: 应为“日期,REST或WORK,名称”三项，实为: " + line);
    }
    try {
      return LocalDate.parse(fields[0].strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("第" + number + "行: 日期无效: " + fields[0].strip(), e);
    }
  }

  private static Day parseDay(String line, int number) {
    String[] fields = line.split(",", -1);
    String kind = fields[1].strip();
    String name = fields[2].strip();
    if (!kind.equals("REST") && !kind.equals("WORK")) {
      throw new IllegalArgumentException("第" + number + "行: 类型应为 REST 或 WORK，实为: " + kind);
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("第" + number + "行: 名称不能为空");
    }
    return new Day(kind.equals("WORK"), kind.equals("WORK") && !name.endsWith("调休上班") ? name + "调休上班" : name);
  }

  private record Day(boolean working, String name) {
  }
}
