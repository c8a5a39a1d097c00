package org.xinfangflow.calendar;

/** 计日方式 — how a period counts its days. */
public enum DayCount {
  /** 日 — calendar days; a last day on a rest day moves to the next working day. */
  CALENDAR("日"),
  /** 工作日 — working days: weekdays that are not holidays, and make-up workdays. */
  WORKING("个工作日");

  private final String label;

  DayCount(String label) {
    this.label = label;
  }

  /** The Chinese unit after a number: "15日", "5个工作日". */
  public String label() {
    return label;
  }
}
