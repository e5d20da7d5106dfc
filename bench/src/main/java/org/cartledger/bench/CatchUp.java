package org.cartledger.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * The read models catching up with a store loaded while the ledger was stopped: from the first status
 * the started ledger reports to the one where all three say they are caught up. The rate is over the
 * events processed in that window; the processors start before the ledger takes requests, so what they
 * did before the first status is left out rather than credited to the window.
 */
final class CatchUp {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private CatchUp() {
    }

    /**
     * @param sinceLaunch seconds from starting the process to caught up, the start of the JVM included
     */
    record Result(long events, double seconds, double sinceLaunch) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    static Result measure(LedgerUnderTest ledger, LedgerClient.Caller admin) {
        long start = System.nanoTime();
        ProjectionStatuses first = ProjectionStatuses.of(admin);
        long fromPosition = Math.max(0, first.lowestPosition());
        Instant deadline = Instant.now().plus(TIMEOUT);
        ProjectionStatuses now = first;
        while (!now.allCaughtUp()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The read models did not catch up within " + TIMEOUT + ": " + now);
            }
            Pause.millis(200);
            now = ProjectionStatuses.of(admin);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double sinceLaunch = Duration.between(ledger.launchedAt(), Instant.now()).toMillis() / 1000.0;
        long head = now.head();
        if (head - fromPosition < head / 10) {
            // caught up almost before it could be asked (a small store): the whole time since launch is all there is
            return new Result(head, sinceLaunch, sinceLaunch);
        }
        return new Result(head - fromPosition, seconds, sinceLaunch);
    }
}
