package org.xinfangflow.documents;

import java.time.Instant;
import java.time.LocalDate;
import org.xinfangflow.calendar.Beijing;

/** Dates as Chinese documents write them: 2026年3月2日, on Beijing's calendar. */
final class ChineseDates {

  private ChineseDates() {
  }

  static String of(Instant instant) {
    return of(instant.atZone(Beijing.ZONE).toLocalDate());
  }

  static String of(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
