package org.cartledger.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * The dashboard rebuilt from the first event, as an administrator starts it: from the request until the
 * rebuilt generation is served (the status shows no rebuild and the read model caught up). A rebuild
 * slower than the time limit is measured over the limit, by the position its progress reports.
 */
final class Rebuild {

    private Rebuild() {
    }

    record Result(long events, double seconds, boolean finished, long head) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    static Result dashboard(LedgerClient.Caller admin, Duration limit) {
        long head = ProjectionStatuses.of(admin).head();
        long start = System.nanoTime();
        admin.post("/api/admin/projections/dashboard/rebuild", null).expect("Starting the dashboard's rebuild", 200, 202);
        Instant deadline = Instant.now().plus(limit);
        Pause.millis(100);
        ProjectionStatuses now = ProjectionStatuses.of(admin);
        while (!now.caughtUp("dashboard") && Instant.now().isBefore(deadline)) {
            Pause.millis(100);
            now = ProjectionStatuses.of(admin);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (now.caughtUp("dashboard")) {
            return new Result(head, seconds, true, head);
        }
        return new Result(Math.max(0, now.rebuildPosition("dashboard") + 1), seconds, false, head);
    }
}
