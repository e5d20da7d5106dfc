package org.cartledger.bench;

import java.util.Arrays;

/**
 * Response times of one measurement, kept whole (a run has at most a few hundred thousand), so that
 * p99 is the 99th percentile of what happened rather than an estimate from buckets.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized void addAll(Latencies other) {
        long[] theirs = other.snapshot();
        for (long value : theirs) {
            add(value);
        }
    }

    synchronized int count() {
        return count;
    }

    /** The nearest-rank percentile in milliseconds: the smallest time that {@code percent} % of the samples do not exceed. */
    synchronized double percentileMillis(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = snapshot();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1_000_000.0;
    }

    synchronized double p50() {
        return percentileMillis(50);
    }

    synchronized double p99() {
        return percentileMillis(99);
    }

    private synchronized long[] snapshot() {
        return Arrays.copyOf(nanos, count);
    }
}
