package org.cartledger.query.processing;

import java.util.List;

/**
 * How far a read model has read the ledger, as far as this process can tell: a query side that holds
 * none of its segments (another one reads it) says so and leaves its position, lag and caughtUp out
 * (null), rather than claim position -1 and not caught up.
 *
 * @param position   the highest ledger position that every segment held here has processed (-1 before
 *                   the first); null when this process holds no segment
 * @param head       the position of the newest event in the store
 * @param lag        how many ledger positions it is behind the newest event it handles (see
 *                   {@link WorkLeft}: on Axon Server a processor is not sent the events it does not
 *                   handle, so its position can stay behind the head with nothing left to do); null
 *                   when this process holds no segment
 * @param replaying  whether it is rebuilding from the first event
 * @param caughtUp   running, holding every segment, nothing left to handle, and serving what it has read
 *                   (no rebuild waits to replace the served view); null when this process holds no segment
 * @param segments   how many of its segments this process holds
 * @param allSegments how many segments it has
 * @param segmentsElsewhere how many another process has claimed (another query side, or the claim of
 *                   one that died, until it times out)
 * @param error      why a segment stopped processing, while it waits to try again; null when none did
 * @param stuck      the trainees it holds events back for, having failed on one of them (dead letters)
 * @param rebuild    the rebuild under way, built beside the served view; null when there is none
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, Long position, long head, Long lag,
                               Boolean caughtUp, int segments, int allSegments, int segmentsElsewhere, String error,
                               List<StuckTrainee> stuck, RebuildProgress rebuild) {

    /** A read model whose lag is what the positions say (every event it has not read is one it handles). */
    static ProjectionStatus of(String name, boolean running, boolean replaying, long position, long head,
                               int segments, int allSegments, String error) {
        return of(name, running, replaying, position, head, segments, allSegments, error, List.of(), null);
    }

    static ProjectionStatus of(String name, boolean running, boolean replaying, long position, long head,
                               int segments, int allSegments, String error, List<StuckTrainee> stuck,
                               RebuildProgress rebuild) {
        return of(name, running, replaying, position, head, Math.max(0, head - position), segments, allSegments, 0,
                error, stuck, rebuild);
    }

    static ProjectionStatus of(String name, boolean running, boolean replaying, long position, long head, long lag,
                               int segments, int allSegments, int segmentsElsewhere, String error,
                               List<StuckTrainee> stuck, RebuildProgress rebuild) {
        if (segments == 0) {
            return new ProjectionStatus(name, running, replaying, null, head, null, null, 0, allSegments,
                    segmentsElsewhere, error, stuck, rebuild);
        }
        // a rebuilt read model reports "replaying" until the first event after the rebuild arrives,
        // even once it has processed everything: caught up is about what is left to handle alone
        boolean caughtUp = readUpToHead(running, lag, segments, allSegments) && rebuild == null;
        return new ProjectionStatus(name, running, replaying, position, head, lag, caughtUp, segments, allSegments,
                segmentsElsewhere, error, stuck, rebuild);
    }

    /** Whether this process holds every segment and has handled everything in the store: a rebuild is then ready to be served. */
    public boolean readUpToHead() {
        return lag != null && readUpToHead(running, lag, segments, allSegments);
    }

    /** Whether this process holds none of the segments, so where the read model stands is for another to say. */
    public boolean readElsewhere() {
        return segments == 0;
    }

    private static boolean readUpToHead(boolean running, long lag, int segments, int allSegments) {
        return running && segments >= allSegments && lag == 0;
    }
}
