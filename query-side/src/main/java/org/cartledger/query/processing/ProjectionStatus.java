package org.cartledger.query.processing;

/**
 * How far a read model has read the ledger.
 *
 * @param position   the highest ledger position it has processed (-1 before the first)
 * @param head       the position of the newest event in the store
 * @param replaying  whether it is rebuilding from the first event
 * @param caughtUp   running, not replaying, and has processed the newest event
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, long position, long head,
                               boolean caughtUp) {

    static ProjectionStatus of(String name, boolean running, boolean replaying, long position, long head) {
        return new ProjectionStatus(name, running, replaying, position, head, running && !replaying && position >= head);
    }
}
