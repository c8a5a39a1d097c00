package org.xinfangflow.reporting;

import java.util.List;

/** The fact rows one process instance yields. */
record Facts(List<MatterFact> matters, List<StepFact> steps, List<SponsorshipFact> sponsorships) {

  static Facts none() {
    return new Facts(List.of(), List.of(), List.of());
  }
}
