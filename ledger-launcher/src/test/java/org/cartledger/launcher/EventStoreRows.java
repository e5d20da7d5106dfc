package org.cartledger.launcher;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
     * Appends {@code copies} copies of one stored entry of the trainee, each with an entry id of its own
     * ({@code idPrefix} and its number, eight digits), straight into the event store as an import would, through
     * its position trigger: events the ledger has not met. The entry is found by its id, not by its type's name,
     * which a rename would make match nothing.
     */
    void appendCopiesOf(String traineeId, String entryId, String idPrefix, int copies) throws SQLException {
        execute("INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data,"
                + " payload, payload_revision, payload_type, time_stamp)"
                + " SELECT aggregate_identifier, sequence_number + n, type, event_identifier || '-' || n, meta_data,"
                + " convert_to(replace(convert_from(payload, 'UTF8'), '" + entryId + "', '" + idPrefix + "' || lpad(n::text, 8, '0')), 'UTF8'),"
                + " payload_revision, payload_type, time_stamp"
                + " FROM domain_event_entry, generate_series(1, " + copies + ") n"
                + " WHERE aggregate_identifier = '" + traineeId + "' AND position('" + entryId + "' IN convert_from(payload, 'UTF8')) > 0"
                + " ORDER BY n");
    }
}
