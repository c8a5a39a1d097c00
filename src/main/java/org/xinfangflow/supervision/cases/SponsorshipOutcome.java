package org.xinfangflow.supervision.cases;

/** How a sponsored case ended (DOMAIN.md §5); both count as resolved in the 化解率 (§6). */
enum SponsorshipOutcome {
  /** 实体性化解 — the petitioner's problem was solved in substance. */
  RESOLVED_IN_SUBSTANCE("实体性化解"),
  /** 程序性终结 — the procedure was brought to its lawful end. */
  CLOSED_BY_PROCEDURE("程序性终结");

  private final String label;

  SponsorshipOutcome(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
