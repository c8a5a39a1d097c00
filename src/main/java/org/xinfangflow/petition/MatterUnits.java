package org.xinfangflow.petition;

import java.util.Set;

/**
 * Who a matter belongs to: the unit handling it (null before dispatch), the unit that registered it,
 * and the accounts an accusation names (who never see it).
 */
public record MatterUnits(String handlingUnit, String registeredUnit, Set<String> accusedPersons) {
}
