package org.cartledger.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * The read models catching up with a store loaded while the ledger was stopped: from the first status
 * the started ledger reports to the one where all three say they are caught up. The rate is over the
 * events processed in that window; the processors start before the ledger takes requests, so what they
 * did before the first status is left out rather than credited to the window. A ledger slower than the
 * time limit is measured over the limit: the events the slowest read model processed in it.
 */
final class CatchUp {

    private CatchUp() {
    }

    /**
     * @param sinceLaunch seconds from starting the process to the end of the measurement, the JVM's start included
     * @param finished    whether all three caught up within the limit
     */
    record Result(long events, double seconds, double sinceLaunch, boolean finished, long position, long head) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    static Result measure(LedgerUnderTest ledger, LedgerClient.Caller admin, Duration limit) {
        long start = System.nanoTime();
        ProjectionStatuses first = ProjectionStatuses.of(admin);
        long fromPosition = Math.max(0, first.lowestPosition());
        Instant deadline = Instant.now().plus(limit);
        ProjectionStatuses now = first;
        while (!now.allCaughtUp() && Instant.now().isBefore(deadline)) {
            Pause.millis(200);
            now = ProjectionStatuses.of(admin);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double sinceLaunch = Duration.between(ledger.launchedAt(), Instant.now()).toMillis() / 1000.0;
        boolean finished = now.allCaughtUp();
        long head = now.head();
        long position = finished ? head : Math.max(0, now.lowestPosition());
        if (finished && head - fromPosition < head / 10) {
            // caught up almost before it could be asked (a small store): the whole time since launch is all there is
            return new Result(head, sinceLaunch, sinceLaunch, true, head, head);
        }
        return new Result(position - fromPosition, seconds, sinceLaunch, finished, position, head);
    }
}
