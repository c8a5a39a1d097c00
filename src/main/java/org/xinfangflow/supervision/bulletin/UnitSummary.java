package org.xinfangflow.supervision.bulletin;

/** 概况 — one unit's line of a bulletin: new findings, new overdue matters, problems carried over. */
record UnitSummary(String unit, String unitName, int findings, int overdue, int carried) {

  int total() {
    return findings + overdue + carried;
  }
}
