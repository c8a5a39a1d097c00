package org.xinfangflow.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfangflow.calendar.HolidaySchedule;
import org.xinfangflow.calendar.PeriodCalculator;
import org.xinfangflow.calendar.TargetCheck;
import org.xinfangflow.calendar.ScheduleOverrides;
import org.xinfangflow.calendar.TymeHolidaySchedule;

/** Wires the pure-Java calendar: tyme4j's State Council schedule with the optional override file on top. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

  @Bean
  HolidaySchedule holidaySchedule(ClockProperties properties) throws IOException {
    HolidaySchedule base = new TymeHolidaySchedule();
    if (properties.scheduleFile() == null || properties.scheduleFile().isBlank()) {
      return ScheduleOverrides.none(base);
    }
    Path file = Path.of(properties.scheduleFile());
    ScheduleOverrides overrides = ScheduleOverrides.parse(base, Files.readString(file, StandardCharsets.UTF_8));
    log.info("Holiday schedule overrides: {} days from {}", overrides.size(), file.toAbsolutePath());
    return overrides;
  }

  @Bean
  PeriodCalculator periodCalculator(HolidaySchedule schedule) {
    return new PeriodCalculator(schedule);
  }

  @Bean
  TargetCheck targetCheck(PeriodCalculator calculator) {
    return new TargetCheck(calculator);
  }
}
