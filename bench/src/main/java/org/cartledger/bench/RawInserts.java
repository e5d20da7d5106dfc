package org.cartledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What PostgreSQL alone does with the ledger's kind of write: single-row inserts of an event-shaped row
 * (the columns, keys and sizes of domain_event_entry), each its own transaction, from N clients in a
 * JDBC loop. Into a plain scratch table, and into one whose BEFORE INSERT trigger is the ledger's
 * position trigger (its definition read from the database, pointed at a scratch sequence so the
 * ledger's own positions stay gapless; it takes the same write lock).
 */
final class RawInserts implements AutoCloseable {

    static final String PLAIN = "bench_raw_event";
    static final String WITH_TRIGGER = "bench_positioned_event";

    private final BenchDatabase database;
    private final StoredEvents events;

    private RawInserts(BenchDatabase database, StoredEvents events) {
        this.database = database;
        this.events = events;
    }

    /** Makes the two scratch tables in the bench database, beside the ledger's (which they do not touch). */
    static RawInserts prepare(BenchDatabase database) {
        database.execute(scratchTable(PLAIN, "BIGSERIAL"));
        database.execute(scratchTable(WITH_TRIGGER, "BIGINT"));
        database.execute("CREATE SEQUENCE " + WITH_TRIGGER + "_position");
        String ledgerTrigger = functionDefinition(database, "ledger_assign_position");
        String scratchTrigger = ledgerTrigger
                .replace("ledger_assign_position", "bench_assign_position")
                .replace("domain_event_entry_global_index_seq", WITH_TRIGGER + "_position");
        if (!scratchTrigger.contains(WITH_TRIGGER + "_position") || !scratchTrigger.contains("pg_advisory_xact_lock")) {
            throw new IllegalStateException("The ledger's position trigger is not what the bench expects (the ledger's "
                    + "sequence and write lock); look at ledger-store's db/events scripts:\n" + ledgerTrigger);
        }
        database.execute(scratchTrigger);
        database.execute("CREATE TRIGGER " + WITH_TRIGGER + "_position BEFORE INSERT ON " + WITH_TRIGGER
                + " FOR EACH ROW EXECUTE FUNCTION bench_assign_position()");
        return new RawInserts(database, new StoredEvents(LocalDate.now(), BenchPeople.FACULTY));
    }

    private static String scratchTable(String name, String positionType) {
        return "CREATE TABLE " + name + " (global_index " + positionType + " NOT NULL PRIMARY KEY, "
                + "aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, type VARCHAR(255), "
                + "event_identifier VARCHAR(255) NOT NULL, meta_data BYTEA, payload BYTEA NOT NULL, payload_revision VARCHAR(255), "
                + "payload_type VARCHAR(255) NOT NULL, time_stamp VARCHAR(255) NOT NULL, "
                + "UNIQUE (aggregate_identifier, sequence_number), UNIQUE (event_identifier))";
    }

    private static String functionDefinition(BenchDatabase database, String function) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_get_functiondef('" + function + "'::regproc)")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("No function " + function + " in the bench database: has the ledger migrated it?", e);
        }
    }

    record Result(double perSecond, Latencies latencies) {
    }

    /** Inserts from {@code clients} connections for the duration (after a warm-up), each insert committed alone. */
    Result run(String table, int clients, Duration warmUp, Duration duration) {
        AtomicLong done = new AtomicLong();
        Latencies latencies = new Latencies();
        List<Thread> threads = new ArrayList<>();
        Instant measureFrom = Instant.now().plus(warmUp);
        Instant measureUntil = measureFrom.plus(duration);
        String runId = Long.toString(System.nanoTime(), 36);
        for (int c = 0; c < clients; c++) {
            String aggregate = "RAW-" + runId + "-" + c;
            Thread thread = new Thread(() -> insertUntil(table, aggregate, measureFrom, measureUntil, done, latencies), "raw-" + c);
            threads.add(thread);
            thread.start();
        }
        Join.all(threads);
        return new Result(done.get() * 1e9 / duration.toNanos(), latencies);
    }

    private void insertUntil(String table, String aggregate, Instant measureFrom, Instant measureUntil, AtomicLong done,
                             Latencies latencies) {
        Random random = new Random(aggregate.hashCode());
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement(StoredEvents.insertInto(table))) {
            connection.setAutoCommit(true);
            long sequence = 1;
            while (true) {
                Instant now = Instant.now();
                if (!now.isBefore(measureUntil)) {
                    return;
                }
                events.event(aggregate, sequence++, random, now).bindTo(insert);
                long start = System.nanoTime();
                insert.executeUpdate();
                long elapsed = System.nanoTime() - start;
                if (!now.isBefore(measureFrom)) {
                    done.incrementAndGet();
                    latencies.add(elapsed);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Raw insert into " + table + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        database.execute("DROP TABLE IF EXISTS " + PLAIN + ", " + WITH_TRIGGER);
        database.execute("DROP SEQUENCE IF EXISTS " + WITH_TRIGGER + "_position");
        database.execute("DROP FUNCTION IF EXISTS bench_assign_position()");
    }
}
