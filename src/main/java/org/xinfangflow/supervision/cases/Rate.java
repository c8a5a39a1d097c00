package org.xinfangflow.supervision.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 比率 — a figure as the reports give it (DOMAIN.md §6): numerator, denominator, rate (null when nothing to divide). */
record Rate(long numerator, long denominator, BigDecimal rate) {

  static Rate of(long numerator, long denominator) {
    return new Rate(numerator, denominator, denominator == 0 ? null
        : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP));
  }
}
