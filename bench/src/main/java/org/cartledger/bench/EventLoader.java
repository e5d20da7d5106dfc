package org.cartledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cartledger.proof.WriterKey;

/**
 * Fills the event store fast: rows appended in batches with JDBC, a transaction per batch, instead of one
 * HTTP request per event. Each row still goes through the ledger's position trigger (the table's own
 * BEFORE INSERT trigger assigns global_index under the ledger's write lock), so positions are what the
 * ledger would have given them, and with the MAC the ledger's writer would store (made with the writer key from the
 * ledger's key directory), so the Merkle tree takes them in like any other.
 *
 * <p>What the loader cannot do is what the command side does before it appends: it checks no rule, so
 * it writes only histories the rules allow (an enrollment first, entries inside the program).
 */
final class EventLoader {

    private static final int BATCH = 1_000;
    /** Events per trainee in a loaded store: a trainee's record after about a year. */
    static final int EVENTS_PER_TRAINEE = 100;

    private final BenchDatabase database;
    private final StoredEvents events;
    private final Path keyDirectory;
    private final Random random = new Random(10);

    /** {@code keyDirectory} is the ledger's; its first start made the writer key there, which the loader reads. */
    EventLoader(BenchDatabase database, StoredEvents events, Path keyDirectory) {
        this.database = database;
        this.events = events;
        this.keyDirectory = keyDirectory;
    }

    private WriterKey writerKey() {
        Path file = keyDirectory.resolve(WriterKey.FILE_NAME);
        if (!Files.exists(file)) {
            throw new IllegalStateException("No writer key at " + file + ": start the ledger on its key directory once before "
                    + "loading events, so that the loaded events carry its writer's MAC");
        }
        return WriterKey.read(file);
    }

    /**
     * A store of {@code total} events: trainees of {@link #EVENTS_PER_TRAINEE} events each, their entries
     * interleaved in time as a program's are (each round adds one entry to every record). Returns how long
     * it took, in seconds.
     */
    double loadStore(int total) {
        int trainees = Math.max(1, total / EVENTS_PER_TRAINEE);
        int rounds = (int) Math.ceil((double) total / trainees);
        long start = System.nanoTime();
        try (Connection connection = database.connect(); Batch batch = new Batch(connection, writerKey())) {
            long written = 0;
            for (int round = 0; round < rounds; round++) {
                for (int t = 0; t < trainees && written < total; t++) {
                    batch.add(events.event(traineeIdOf(t), round, random, Instant.now()));
                    written++;
                }
                if (round % 10 == 9) {
                    System.out.printf(Locale.ROOT, "    loaded %,d of %,d events%n", written, total);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the store failed: " + e.getMessage(), e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** One trainee's whole record of {@code count} events, appended while the ledger runs. Returns the last position. */
    long appendRecord(String traineeId, int count) {
        try (Connection connection = database.connect(); Batch batch = new Batch(connection, writerKey())) {
            for (int sequence = 0; sequence < count; sequence++) {
                batch.add(events.event(traineeId, sequence, random, Instant.now()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Appending the record of " + traineeId + " failed: " + e.getMessage(), e);
        }
        return database.queryLong("SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = '" + traineeId + "'");
    }

    private static String traineeIdOf(int index) {
        return String.format(Locale.ROOT, "B-%06d", index + 1);
    }

    /** Rows sent a thousand at a time, each thousand committed on its own as the ledger commits a command's events. */
    private static final class Batch implements AutoCloseable {

        private final Connection connection;
        private final WriterKey key;
        private final PreparedStatement insert;
        private final List<StoredEvents.Row> pending = new ArrayList<>();

        Batch(Connection connection, WriterKey key) throws SQLException {
            this.connection = connection;
            this.key = key;
            connection.setAutoCommit(false);
            this.insert = connection.prepareStatement(StoredEvents.insertIntoLedger());
        }

        void add(StoredEvents.Row row) throws SQLException {
            pending.add(row);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            for (StoredEvents.Row row : pending) {
                row.bindTo(insert, key);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            try {
                if (!pending.isEmpty()) {
                    flush();
                }
            } finally {
                insert.close();
                connection.close();
            }
        }
    }
}
