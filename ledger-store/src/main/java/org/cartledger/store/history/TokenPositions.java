package org.cartledger.store.history;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * The ledger position of the event a tracking processor was handed, from its token, for both engines: a
 * PostgreSQL token ({@code GapAwareTrackingToken}) carries the event's global index, which is its position;
 * an Axon Server token ({@link GlobalSequenceTrackingToken}) carries Axon Server's 0-based token, one less.
 * One rule, so that a dashboard's {@code ledgerPosition} and the tree's positions never disagree.
 */
public final class TokenPositions {

    private TokenPositions() {
    }

    public static long positionOf(TrackingToken token) {
        long index = token.position().orElseThrow(() ->
                new IllegalStateException("A ledger event must come with a position, got " + token));
        return WrappedToken.unwrapLowerBound(token) instanceof GlobalSequenceTrackingToken ? index + 1 : index;
    }
}
