package org.cartledger.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * The dashboard rebuilt from the first event, as an administrator starts it: from the request until the
 * rebuilt generation is served (the status shows no rebuild and the read model caught up).
 */
final class Rebuild {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private Rebuild() {
    }

    record Result(long events, double seconds) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    static Result dashboard(LedgerClient.Caller admin) {
        long head = ProjectionStatuses.of(admin).head();
        long start = System.nanoTime();
        admin.post("/api/admin/projections/dashboard/rebuild", null).expect("Starting the dashboard's rebuild", 200, 202);
        Instant deadline = Instant.now().plus(TIMEOUT);
        Pause.millis(100);
        ProjectionStatuses now = ProjectionStatuses.of(admin);
        while (!now.caughtUp("dashboard")) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The dashboard's rebuild did not finish within " + TIMEOUT + ": " + now);
            }
            Pause.millis(100);
            now = ProjectionStatuses.of(admin);
        }
        return new Result(head, (System.nanoTime() - start) / 1e9);
    }
}
