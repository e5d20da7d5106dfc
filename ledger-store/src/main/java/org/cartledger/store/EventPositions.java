package org.cartledger.store;

import java.util.OptionalLong;

/**
 * Where an event stands in the ledger, by its event identifier. Axon Server streams one aggregate's events
 * without their global positions, so its reader asks the index that the audit module keeps as the ledger
 * grows (the tree's leaves and the entry index are written together).
 */
@FunctionalInterface
public interface EventPositions {

    OptionalLong positionOf(String eventIdentifier);
}
