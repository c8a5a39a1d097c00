package org.xinfangflow.compliance;

/** OPEN while the problem stands; RESOLVED when the matter was put right; CLOSED by a supervisor, with a reason. */
public enum FindingStatus {
  OPEN, RESOLVED, CLOSED
}
