package org.xinfangflow.calendar;

import java.util.Objects;

/** 期间规则 — a statutory period: its code, article, length, how days count, and what must be done. */
public record PeriodRule(String code, String article, int length, DayCount count, String description) {

  public PeriodRule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(description, "description");
    if (length < 1) {
      throw new IllegalArgumentException("期间长度至少为1，实为 " + length);
    }
  }
}
