package org.cartledger.query.processing;

/**
 * How far a read model has read the ledger.
 *
 * @param position   the highest ledger position it has processed (-1 before the first)
 * @param head       the position of the newest event in the store
 * @param replaying  whether it is rebuilding from the first event
 * @param caughtUp   running, and has processed the newest event in the store
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, long position, long head,
                               boolean caughtUp) {

    static ProjectionStatus of(String name, boolean running, boolean replaying, long position, long head) {
        // a rebuilt read model reports "replaying" until the first event after the rebuild arrives,
        // even once it has processed everything: caught up is about the position alone
        return new ProjectionStatus(name, running, replaying, position, head, running && position >= head);
    }
}
