package org.cartledger.query.processing;

import java.util.List;

/**
 * How far a read model has read the ledger.
 *
 * @param position   the highest ledger position that every segment held here has processed (-1 before the first)
 * @param head       the position of the newest event in the store
 * @param replaying  whether it is rebuilding from the first event
 * @param caughtUp   running, holding every segment, has processed the newest event in the store, and
 *                   serves what it has read (no rebuild waits to replace the served view)
 * @param segments   how many of its segments this process holds (another process, or the claim of one
 *                   that died, may hold the rest)
 * @param allSegments how many segments it has
 * @param error      why a segment stopped processing, while it waits to try again; null when none did
 * @param stuck      the trainees it holds events back for, having failed on one of them (dead letters)
 * @param rebuild    the rebuild under way, built beside the served view; null when there is none
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, long position, long head,
                               boolean caughtUp, int segments, int allSegments, String error,
                               List<StuckTrainee> stuck, RebuildProgress rebuild) {

    static ProjectionStatus of(String name, boolean running, boolean replaying, long position, long head,
                               int segments, int allSegments, String error) {
        return of(name, running, replaying, position, head, segments, allSegments, error, List.of(), null);
    }

    static ProjectionStatus of(String name, boolean running, boolean replaying, long position, long head,
                               int segments, int allSegments, String error, List<StuckTrainee> stuck,
                               RebuildProgress rebuild) {
        // a rebuilt read model reports "replaying" until the first event after the rebuild arrives,
        // even once it has processed everything: caught up is about the position alone
        boolean caughtUp = readUpToHead(running, position, head, segments, allSegments) && rebuild == null;
        return new ProjectionStatus(name, running, replaying, position, head, caughtUp, segments, allSegments, error,
                stuck, rebuild);
    }

    /** Whether it has read everything in the store, in every segment: a rebuild is then ready to be served. */
    public boolean readUpToHead() {
        return readUpToHead(running, position, head, segments, allSegments);
    }

    private static boolean readUpToHead(boolean running, long position, long head, int segments, int allSegments) {
        return running && segments >= allSegments && position >= head;
    }

    /** How many ledger positions it is behind the newest event (positions count events, but for the gaps rolled-back writes leave). */
    public long lag() {
        return Math.max(0, head - position);
    }
}
