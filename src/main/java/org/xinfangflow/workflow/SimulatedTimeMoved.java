package org.xinfangflow.workflow;

import java.time.Instant;

/** The simulation clock moved forward and the engine's due jobs ran: other sweeps may catch up now. */
public record SimulatedTimeMoved(Instant now) {
}
