package org.xinfangflow.reporting;

/**
 * Hears a report being computed ({@link ReportService}): each matter and sponsored case of the period counted
 * in the jurisdiction, with where it counts, and each page of fact rows read (of the period and of the year
 * before). The exports write their lists and move their progress from here, in the same pass that makes the
 * figures, so the lists hold exactly what was counted.
 */
interface ReportListener {

  /** Hears nothing. */
  ReportListener NONE = new ReportListener() {
  };

  /** A matter received in the period and counted in the jurisdiction. */
  default void matter(MatterFact matter, Counting counting) {
  }

  /** A sponsored case assigned in the period and counted in the jurisdiction. */
  default void sponsorship(SponsorshipFact sponsorship, Counting counting) {
  }

  /** A page of {@code rows} fact rows was read and counted. */
  default void pageRead(int rows) {
  }

  /** The same listener, hearing only the pages read (for the year before, which lists nothing). */
  default ReportListener pagesOnly() {
    ReportListener all = this;
    return new ReportListener() {
      @Override
      public void pageRead(int rows) {
        all.pageRead(rows);
      }
    };
  }
}
