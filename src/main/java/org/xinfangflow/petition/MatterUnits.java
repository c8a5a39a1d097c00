package org.xinfangflow.petition;

/** The unit handling a matter (null before dispatch) and the unit that registered it. */
public record MatterUnits(String handlingUnit, String registeredUnit) {
}
