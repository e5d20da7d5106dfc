package org.cartledger.query.processing;

import org.axonframework.eventhandling.TrackingToken;
import org.cartledger.store.history.TokenPositions;

/**
 * Where an event stands in the ledger, the same whether read live or replayed, and the same position the
 * tree and the committee replay use on either engine ({@link TokenPositions}).
 */
public final class LedgerPosition {

    private LedgerPosition() {
    }

    public static long of(TrackingToken token) {
        return TokenPositions.positionOf(token);
    }
}
