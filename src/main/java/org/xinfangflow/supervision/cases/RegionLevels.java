package org.xinfangflow.supervision.cases;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 越级访 — a visit registered by a bureau whose region lies {@code xinfang.supervision.level-skipping-levels}
 * (default 2) or more administrative levels above the matter's region, on the same branch of the
 * 行政区划代码 tree: province XX0000, city XXXX00, county XXXXXX; 100000 (or 000000) is the national level.
 */
@Component
class RegionLevels {

  private final int threshold;

  RegionLevels(@Value("${xinfang.supervision.level-skipping-levels:2}") int threshold) {
    if (threshold < 1 || threshold > 3) {
      throw new IllegalStateException("xinfang.supervision.level-skipping-levels must be 1, 2 or 3, not " + threshold);
    }
    this.threshold = threshold;
  }

  int threshold() {
    return threshold;
  }

  /** Whether a visit to a bureau of {@code bureauRegion} about a matter of {@code matterRegion} skips levels. */
  boolean skips(String bureauRegion, String matterRegion) {
    return levelsAbove(bureauRegion, matterRegion) >= threshold;
  }

  /** How many levels the bureau's region lies above the matter's (0 when not above it, or unknown). */
  static int levelsAbove(String bureauRegion, String matterRegion) {
    int bureau = level(bureauRegion);
    int matter = level(matterRegion);
    if (bureau < 0 || matter < 0 || bureau >= matter || !contains(bureauRegion, bureau, matterRegion)) {
      return 0;
    }
    return matter - bureau;
  }

  /** 0 national, 1 province, 2 city, 3 county; -1 not a region code. */
  static int level(String code) {
    if (code == null || !code.matches("\\d{6}")) {
      return -1;
    }
    if (code.equals("100000") || code.equals("000000")) {
      return 0;
    }
    return code.endsWith("0000") ? 1 : code.endsWith("00") ? 2 : 3;
  }

  private static boolean contains(String outer, int outerLevel, String inner) {
    return switch (outerLevel) {
      case 0 -> true;
      case 1 -> inner.startsWith(outer.substring(0, 2));
      case 2 -> inner.startsWith(outer.substring(0, 4));
      default -> inner.equals(outer);
    };
  }
}
