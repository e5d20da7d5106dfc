package org.cartledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * A trainee with thousands of entries, where costs that grow with a record show: projecting a whole
 * record, a command (whose aggregate replays the record), and the dashboard as it stood at a position
 * (replayed from the ledger), the last beside fetching the trainee's rows from PostgreSQL directly.
 */
final class LongHistoryTrainee {

    private LongHistoryTrainee() {
    }

    /** @param events the trainee's events the dashboard had taken in when the measurement ended (all of them if finished) */
    record Projected(long events, double seconds, boolean finished) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    /**
     * Appends a new trainee's whole record while the ledger runs and times until the trainee's dashboard
     * stands at its last position: from the first row written, since the read model may start on the first
     * thousand while the rest are written. A read model slower than the limit is measured over the limit.
     */
    static Projected project(EventLoader loader, BenchDatabase database, LedgerClient.Caller reader, String traineeId, int events,
                             Duration limit) {
        long start = System.nanoTime();
        long lastPosition = loader.appendRecord(traineeId, events);
        Instant deadline = Instant.now().plus(limit);
        long position = dashboardPosition(reader, traineeId);
        while (position < lastPosition && Instant.now().isBefore(deadline)) {
            Pause.millis(20);
            position = dashboardPosition(reader, traineeId);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (position >= lastPosition) {
            return new Projected(events, seconds, true);
        }
        long taken = database.queryLong("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = '" + traineeId
                + "' AND global_index <= " + position);
        return new Projected(taken, seconds, false);
    }

    private static long dashboardPosition(LedgerClient.Caller reader, String traineeId) {
        LedgerClient.Response dashboard = reader.get("/api/trainees/" + traineeId + "/dashboard");
        return dashboard.status() == 200 ? dashboard.json().path("ledgerPosition").asLong(-1) : -1;
    }

    /** Attendance recorded for the trainee one request after another: each command loads the whole record first. */
    static Latencies commands(LedgerClient.Caller faculty, String traineeId, int samples) {
        Latencies latencies = new Latencies();
        String path = BenchTrainees.attendancePath(traineeId);
        for (int i = -Math.min(5, samples); i < samples; i++) {
            long start = System.nanoTime();
            faculty.post(path, BenchTrainees.ATTENDANCE).expect("Recording attendance for " + traineeId, 201);
            if (i >= 0) {
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies;
    }

    /** GET the dashboard as of a ledger position, one request after another. */
    static Latencies dashboardAsOf(LedgerClient.Caller reader, String traineeId, long position, int samples) {
        Latencies latencies = new Latencies();
        String path = "/api/trainees/" + traineeId + "/dashboard/as-of?position=" + position;
        for (int i = -Math.min(5, samples); i < samples; i++) {
            long start = System.nanoTime();
            reader.get(path).expect("The dashboard of " + traineeId + " as of " + position, 200);
            if (i >= 0) {
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies;
    }

    /** The trainee's rows up to the position, every column, as a replay needs them, fetched with plain JDBC. */
    static Latencies rawRows(BenchDatabase database, String traineeId, long position, int samples) {
        Latencies latencies = new Latencies();
        String sql = "SELECT global_index, sequence_number, event_identifier, meta_data, payload, payload_type, time_stamp "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? AND global_index <= ? ORDER BY sequence_number";
        try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = -Math.min(5, samples); i < samples; i++) {
                long start = System.nanoTime();
                select.setString(1, traineeId);
                select.setLong(2, position);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        rows.getBytes(4);
                        rows.getBytes(5);
                    }
                }
                if (i >= 0) {
                    latencies.add(System.nanoTime() - start);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return latencies;
    }

    /** The position of the trainee's entry at {@code fraction} of its record (1: its last). */
    static long positionAt(BenchDatabase database, String traineeId, double fraction) {
        long count = database.queryLong("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = '" + traineeId + "'");
        long sequence = Math.max(0, Math.round(fraction * count) - 1);
        return database.queryLong("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = '" + traineeId
                + "' AND sequence_number = " + sequence);
    }
}
