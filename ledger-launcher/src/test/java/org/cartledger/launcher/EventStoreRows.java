package org.cartledger.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.LedgerEventRows;
import org.cartledger.proof.WriterKey;
import org.cartledger.testing.TestDatabase;

/** Reads the event store directly, as an auditor with psql would. */
final class EventStoreRows {

    private final TestDatabase database;

    EventStoreRows(TestDatabase database) {
        this.database = database;
    }

    long count() {
        return queryLong("SELECT count(*) FROM domain_event_entry");
    }

    long queryLong(String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    String queryString(String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row. */
    List<String> queryStrings(String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Runs an insert into the event store as the ledger's writer would store the rows it makes: in one transaction
     * with each new row's writer MAC (docs/ledger-proofs.md §2a), made with the ledger's key, so that the tree takes
     * them as the ledger's own. The tree never sees a new row without its MAC: the MACs are set before the commit.
     */
    void insertAsTheLedger(WriterKey key, String insert) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                long before;
                try (ResultSet newest = statement.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
                    newest.next();
                    before = newest.getLong(1);
                }
                statement.execute(insert);
                List<LedgerEvent> inserted = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT " + LedgerEventRows.COLUMNS + " FROM domain_event_entry "
                        + "WHERE writer_mac IS NULL AND global_index > " + before)) {
                    while (rows.next()) {
                        inserted.add(LedgerEventRows.of(rows));
                    }
                }
                statement.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER");
                try (PreparedStatement mark = connection.prepareStatement("UPDATE domain_event_entry SET writer_mac = ? WHERE global_index = ?")) {
                    for (LedgerEvent event : inserted) {
                        mark.setBytes(1, key.macOf(event));
                        mark.setLong(2, event.position());
                        mark.addBatch();
                    }
                    mark.executeBatch();
                }
                statement.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER USER");
            }
            connection.commit();
        }
    }

    /**
     * Makes the writer MAC of the event at this position anew over what the row holds now: what an attacker who holds the
     * ledger's key directory, and so its writer key, can do after changing the event.
     */
    void remac(WriterKey key, long position) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            LedgerEvent event;
            try (ResultSet row = statement.executeQuery("SELECT " + LedgerEventRows.COLUMNS + " FROM domain_event_entry "
                    + "WHERE global_index = " + position)) {
                row.next();
                event = LedgerEventRows.of(row);
            }
            statement.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER");
            try (PreparedStatement mark = connection.prepareStatement("UPDATE domain_event_entry SET writer_mac = ? WHERE global_index = ?")) {
                mark.setBytes(1, key.macOf(event));
                mark.setLong(2, position);
                mark.executeUpdate();
            }
            statement.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER USER");
        }
    }

    /**
     * Appends {@code copies} copies of one stored entry of the trainee, each with an entry id of its own
     * ({@code idPrefix} and its number, eight digits), straight into the event store as an import by the ledger's
     * writer would (with its MACs), through its position trigger: events the ledger has not met. The entry is found
     * by its id, not by its type's name, which a rename would make match nothing.
     */
    void appendCopiesOf(WriterKey key, String traineeId, String entryId, String idPrefix, int copies) throws SQLException {
        insertAsTheLedger(key, copies(traineeId, entryId, idPrefix, copies));
    }

    /** The same copies inserted by someone who can write the database but has not the ledger's writer key: no MACs. */
    void insertCopiesBehindTheLedgersBack(String traineeId, String entryId, String idPrefix, int copies) throws SQLException {
        execute(copies(traineeId, entryId, idPrefix, copies));
    }

    private static String copies(String traineeId, String entryId, String idPrefix, int copies) {
        return "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data,"
                + " payload, payload_revision, payload_type, time_stamp)"
                + " SELECT aggregate_identifier, sequence_number + n, type, event_identifier || '-' || n, meta_data,"
                + " convert_to(replace(convert_from(payload, 'UTF8'), '" + entryId + "', '" + idPrefix + "' || lpad(n::text, 8, '0')), 'UTF8'),"
                + " payload_revision, payload_type, time_stamp"
                + " FROM domain_event_entry, generate_series(1, " + copies + ") n"
                + " WHERE aggregate_identifier = '" + traineeId + "' AND position('" + entryId + "' IN convert_from(payload, 'UTF8')) > 0"
                + " ORDER BY n";
    }
}
