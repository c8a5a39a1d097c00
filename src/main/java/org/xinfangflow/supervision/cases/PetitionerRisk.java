package org.xinfangflow.supervision.cases;

import java.util.List;

/**
 * 信访人风险画像 — one petitioner (ID number masked): the grades the caller's scope holds, and the counts
 * over all of the petitioner's matters (matters, repeat matters, visits, level-skipping visits 越级访);
 * matter numbers are listed only where the caller may see the matter.
 */
record PetitionerRisk(String idNumber, List<RiskView> grades, long matters, long repeatMatters, long visits,
    long levelSkippingVisits, int levelSkippingThreshold, List<String> visibleMatters,
    List<String> visibleLevelSkippingMatters) {
}
