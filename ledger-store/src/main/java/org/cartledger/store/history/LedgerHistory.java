package org.cartledger.store.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.TrackingToken;
import org.cartledger.proof.LedgerEvent;

/**
 * The one reader of the ledger's history, whatever engine stores it: events in their stored form
 * (what the Merkle tree hashes, docs/ledger-proofs.md §2) with their ledger positions. Positions start
 * at 1 and grow with the ledger; an event's leaf index is its position minus one where no position
 * was ever skipped. One adapter per storage engine: {@link JdbcLedgerHistory} (PostgreSQL) and
 * {@link AxonServerLedgerHistory}.
 */
public interface LedgerHistory {

    /** Up to {@code limit} events after {@code position}, in ledger order. */
    List<LedgerEvent> after(long position, int limit);

    /**
     * Up to {@code limit} events after {@code position}, in ledger order, each with the MAC its writer stored; on an
     * engine that keeps no MACs (Axon Server) every MAC is null and {@link #keepsWriterMacs()} is false.
     */
    default List<WrittenEvent> writtenAfter(long position, int limit) {
        return after(position, limit).stream().map(event -> new WrittenEvent(event, null)).toList();
    }

    /** Whether this history stores a writer MAC with each event (PostgreSQL, docs/ledger-proofs.md §2a). */
    default boolean keepsWriterMacs() {
        return false;
    }

    /** The event at exactly this position, if there is one. */
    default Optional<LedgerEvent> at(long position) {
        return after(position - 1, 1).stream().filter(event -> event.position() == position).findFirst();
    }

    /** Every event of one trainee's record, in ledger order; empty when there is no such record. */
    List<LedgerEvent> ofTrainee(String traineeId);

    /** The trainee's events at or before a position, in ledger order: all a dashboard as of that position needs. */
    default List<LedgerEvent> ofTraineeUpTo(String traineeId, long position) {
        return ofTrainee(traineeId).stream().filter(event -> event.position() <= position).toList();
    }

    /** The position of the latest event, of any trainee; 0 while the ledger is empty. */
    long head();

    /**
     * When the ledger stood at a position: the recording time of the last event at or before it, of
     * any trainee (positions are global; a rolled-back transaction may leave a gap in PostgreSQL).
     */
    Optional<Instant> recordedAtOrBefore(long position);

    /** The ledger position of the event an Axon tracking processor was handed with this token. */
    default long positionOf(TrackingToken token) {
        return TokenPositions.positionOf(token);
    }
}
