package org.xinfangflow.compliance;

import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfangflow.petition.MatterFindings;

/** Gives the matter's detail view its {@code findings[]}. */
@Component
class FindingsOnTheMatter implements MatterFindings {

  private final FindingRepository findings;

  FindingsOnTheMatter(FindingRepository findings) {
    this.findings = findings;
  }

  @Override
  public List<FindingView> findingsOf(String number) {
    return findings.findByMatterNumberOrderById(number).stream().map(Finding::view).toList();
  }
}
