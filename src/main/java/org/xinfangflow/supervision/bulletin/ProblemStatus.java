package org.xinfangflow.supervision.bulletin;

/** 整改状态 — OPEN (待整改) → RECTIFIED (已整改, by the unit, with evidence) → VERIFIED (已核验, by a supervisor). */
public enum ProblemStatus {
  OPEN("待整改"), RECTIFIED("已整改待核验"), VERIFIED("已核验销号");

  private final String label;

  ProblemStatus(String label) {
    this.label = label;
  }

  /** The status as the bulletin prints it. */
  public String label() {
    return label;
  }
}
