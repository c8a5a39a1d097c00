package org.xinfangflow.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 指标 — one figure of DOMAIN.md §6: numerator, denominator and their ratio as a fraction rounded half
 * up to four decimals (0.8333 is 83.33%); null when there is nothing to divide by.
 */
record Figure(long numerator, long denominator, BigDecimal rate) {

  static final int SCALE = 4;

  static Figure of(long numerator, long denominator) {
    return new Figure(numerator, denominator, denominator == 0 ? null
        : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP));
  }
}
