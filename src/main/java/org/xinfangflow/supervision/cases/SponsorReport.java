package org.xinfangflow.supervision.cases;

import java.util.List;

/**
 * A leader's (or every leader's) sponsored cases with the counts and the 化解率 of DOMAIN.md §6:
 * resolved (in substance or by procedure) ÷ sponsored.
 */
record SponsorReport(String sponsor, long sponsored, long active, long resolvedInSubstance,
    long closedByProcedure, Rate resolutionRate, List<SponsorshipView> cases) {
}
