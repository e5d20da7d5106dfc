package org.cartledger.query.processing;

import org.axonframework.eventhandling.TrackingToken;

/** Where an event stands in the event store: its global index, the same whether read live or replayed. */
public final class LedgerPosition {

    private LedgerPosition() {
    }

    public static long of(TrackingToken token) {
        return token.position().orElseThrow(() ->
                new IllegalStateException("A ledger event must come with a position, got " + token));
    }
}
