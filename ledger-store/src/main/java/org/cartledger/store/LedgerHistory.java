package org.cartledger.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cartledger.proof.LedgerEvent;

/**
 * The one reader of the ledger: its events in their stored form ({@link LedgerEvent}, what the Merkle
 * tree hashes), with their ledger positions. Everything that reads history (the tree's leaves, bundles,
 * committee replay, history pages, the entry index) reads through this, so it works alike where the events
 * are in PostgreSQL ({@link JdbcLedgerHistory}) and where they are in Axon Server
 * ({@link AxonServerLedgerHistory}).
 *
 * <p>Positions start at 1 and grow with every event in the order the ledger recorded them; the tree's
 * leaf {@code i} is the event at position {@code i + 1} unless an aborted write left a gap (PostgreSQL).
 */
public interface LedgerHistory {

    /** Up to {@code limit} events after {@code position}, in ledger order. */
    List<LedgerEvent> after(long position, int limit);

    /**
     * Every event stored on the trainee's record, in ledger order: all that the store holds under that
     * aggregate, including any row written behind the ledger's back, so that a transcript can refuse one.
     */
    List<LedgerEvent> ofTrainee(String traineeId);

    /** The events at these positions, in ledger order; positions that hold no event are left out. */
    List<LedgerEvent> at(Collection<Long> positions);

    /** The newest event at or before the position (positions can have gaps); empty before the first event. */
    Optional<LedgerEvent> lastAtOrBefore(long position);

    /** The position of the newest event; 0 while the ledger is empty. */
    long head();
}
