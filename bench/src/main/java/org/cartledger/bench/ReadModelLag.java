package org.cartledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long after the ledger said 201 an entry shows in the trainee's transcript: each client records an
 * entry, then asks for the transcript again and again, with no pause, until it lists the entry's id. A
 * reader cannot see it sooner than one transcript request after it is there, so each figure includes
 * about one GET (with its sign-in) of slack.
 */
final class ReadModelLag {

    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private ReadModelLag() {
    }

    static Latencies run(Supplier<LedgerClient.Caller> signedIn, List<String> traineeIds, int clients, Duration warmUp,
                         Duration duration) {
        Latencies lags = new Latencies();
        Instant measureFrom = Instant.now().plus(warmUp);
        Instant measureUntil = measureFrom.plus(duration);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String traineeId = traineeIds.get(c % traineeIds.size());
            LedgerClient.Caller caller = signedIn.get();
            Thread thread = new Thread(() -> {
                while (Instant.now().isBefore(measureUntil)) {
                    boolean counted = !Instant.now().isBefore(measureFrom);
                    String entryId = caller.post(BenchTrainees.attendancePath(traineeId), BenchTrainees.ATTENDANCE)
                            .expect("Recording attendance for " + traineeId, 201).json().get("entryId").asString();
                    long acknowledged = System.nanoTime();
                    long lag = awaitInTranscript(caller, traineeId, entryId, acknowledged);
                    if (counted) {
                        lags.add(lag);
                    }
                }
            }, "lag-" + c);
            threads.add(thread);
            thread.start();
        }
        Join.all(threads);
        return lags;
    }

    private static long awaitInTranscript(LedgerClient.Caller caller, String traineeId, String entryId, long acknowledged) {
        String path = "/api/trainees/" + traineeId + "/transcript";
        while (true) {
            LedgerClient.Response transcript = caller.get(path);
            long now = System.nanoTime();
            // the entry id is a UUID the ledger made: found in the body, it is the entry's
            if (transcript.status() == 200 && transcript.body().contains(entryId)) {
                return now - acknowledged;
            }
            if (now - acknowledged > GIVE_UP.toNanos()) {
                throw new IllegalStateException("Entry " + entryId + " was not in the transcript of " + traineeId + " after "
                        + GIVE_UP + ": " + transcript.status() + " " + transcript.body());
            }
        }
    }
}
