package org.cartledger.query.processing;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a rebuild has come. The new generation is built beside the served one and replaces it once
 * it has read up to the head of the store.
 *
 * @param generation      the generation being built
 * @param position        the ledger position the rebuild has read up to (-1 before the first)
 * @param head            the newest event in the store
 * @param eventsPerSecond ledger positions read per second since the rebuild began
 * @param secondsLeft     the time left at that rate; null until the rate is known
 */
public record RebuildProgress(int generation, Instant startedAt, long position, long head, double eventsPerSecond,
                              Long secondsLeft) {

    static RebuildProgress of(int generation, Instant startedAt, long position, long head, Instant now) {
        double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
        // positions count events from 0 (or 1), so position + 1 is about how many have been read
        double rate = Math.max(0, position + 1) / seconds;
        Long left = rate > 0 ? (long) Math.ceil(Math.max(0, head - position) / rate) : null;
        return new RebuildProgress(generation, startedAt, position, head, Math.round(rate * 10) / 10.0, left);
    }
}
