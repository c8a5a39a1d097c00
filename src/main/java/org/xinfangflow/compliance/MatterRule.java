package org.xinfangflow.compliance;

import java.util.List;

/** A rule whose logic is Java: it reads a matter's facts and reports what it finds broken. */
interface MatterRule {

  /** The rules this class checks (usually one). */
  List<RuleDefinition> definitions();

  List<Breach> check(MatterFacts facts);
}
