package org.cartledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long after the ledger said 201 an entry shows in the trainee's transcript: each client records an
 * entry, then looks again and again until the entry's id is there. Looked for in two ways: as a reader
 * does, GET the transcript over HTTP (each look signs in, so a figure includes about one signed-in GET of
 * slack), and in the transcript's table with JDBC every millisecond, which is the processor's lag alone.
 */
final class ReadModelLag {

    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private ReadModelLag() {
    }

    /** Where a client looks for the entry; made once per client, closed when it is done. */
    interface Look extends AutoCloseable {

        boolean shows(String traineeId, String entryId);

        @Override
        default void close() {
        }
    }

    /** GET /api/trainees/{id}/transcript, signed in as the client is. */
    static Supplier<Look> overHttp(Supplier<LedgerClient.Caller> signedIn) {
        return () -> {
            LedgerClient.Caller caller = signedIn.get();
            // the entry id is a UUID the ledger made: found in the body, it is the entry's
            return (traineeId, entryId) -> {
                LedgerClient.Response transcript = caller.get("/api/trainees/" + traineeId + "/transcript");
                return transcript.status() == 200 && transcript.body().contains(entryId);
            };
        };
    }

    /** The transcript read model's own table, in whichever generation: what the processor has written. */
    static Supplier<Look> inTable(BenchDatabase database) {
        return () -> {
            try {
                Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement("SELECT 1 FROM transcript_entry WHERE entry_id = ?");
                return new Look() {
                    @Override
                    public boolean shows(String traineeId, String entryId) {
                        try {
                            select.setString(1, entryId);
                            try (ResultSet rows = select.executeQuery()) {
                                if (rows.next()) {
                                    return true;
                                }
                            }
                            Pause.millis(1);
                            return false;
                        } catch (SQLException e) {
                            throw new IllegalStateException("Looking for " + entryId + " in transcript_entry: " + e.getMessage(), e);
                        }
                    }

                    @Override
                    public void close() {
                        try {
                            connection.close();
                        } catch (SQLException ignored) {
                            // the measurement is over
                        }
                    }
                };
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot connect to the bench database: " + e.getMessage(), e);
            }
        };
    }

    static Latencies run(Supplier<LedgerClient.Caller> signedIn, Supplier<Look> looks, List<String> traineeIds, int clients,
                         Duration warmUp, Duration duration) {
        Latencies lags = new Latencies();
        Instant measureFrom = Instant.now().plus(warmUp);
        Instant measureUntil = measureFrom.plus(duration);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String traineeId = traineeIds.get(c % traineeIds.size());
            LedgerClient.Caller caller = signedIn.get();
            Thread thread = new Thread(() -> {
                try (Look look = looks.get()) {
                    while (Instant.now().isBefore(measureUntil)) {
                        boolean counted = !Instant.now().isBefore(measureFrom);
                        String entryId = caller.post(BenchTrainees.attendancePath(traineeId), BenchTrainees.ATTENDANCE)
                                .expect("Recording attendance for " + traineeId, 201).json().get("entryId").asString();
                        long lag = awaitVisible(look, traineeId, entryId, System.nanoTime());
                        if (counted) {
                            lags.add(lag);
                        }
                    }
                }
            }, "lag-" + c);
            threads.add(thread);
            thread.start();
        }
        Join.all(threads);
        return lags;
    }

    private static long awaitVisible(Look look, String traineeId, String entryId, long acknowledged) {
        while (true) {
            boolean shown = look.shows(traineeId, entryId);
            long now = System.nanoTime();
            if (shown) {
                return now - acknowledged;
            }
            if (now - acknowledged > GIVE_UP.toNanos()) {
                throw new IllegalStateException("Entry " + entryId + " of " + traineeId + " was not in its transcript after " + GIVE_UP);
            }
        }
    }
}
