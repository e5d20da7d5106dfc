package org.cartledger.query.processing;

/**
 * How far a read model has read the ledger.
 *
 * @param position   the highest ledger position that every segment held here has processed (-1 before the first)
 * @param head       the position of the newest event in the store
 * @param replaying  whether it is rebuilding from the first event
 * @param caughtUp   running, holding every segment, and has processed the newest event in the store
 * @param segments   how many of its segments this process holds (another process, or the claim of one
 *                   that died, may hold the rest)
 * @param allSegments how many segments it has
 * @param error      why a segment stopped processing, while it waits to try again; null when none did
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, long position, long head,
                               boolean caughtUp, int segments, int allSegments, String error) {

    static ProjectionStatus of(String name, boolean running, boolean replaying, long position, long head,
                               int segments, int allSegments, String error) {
        // a rebuilt read model reports "replaying" until the first event after the rebuild arrives,
        // even once it has processed everything: caught up is about the position alone
        boolean caughtUp = running && segments >= allSegments && position >= head;
        return new ProjectionStatus(name, running, replaying, position, head, caughtUp, segments, allSegments, error);
    }

    /** How many ledger positions it is behind the newest event (positions count events, but for the gaps rolled-back writes leave). */
    public long lag() {
        return Math.max(0, head - position);
    }
}
