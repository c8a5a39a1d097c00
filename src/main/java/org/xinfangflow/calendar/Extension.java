package org.xinfangflow.calendar;

/** 延期 — days added to the last day in force, with the reason the petitioner is told. */
public record Extension(int days, String reason) {

  public Extension {
    if (days < 1) {
      throw new IllegalArgumentException("延期天数至少为1，实为 " + days);
    }
  }
}
