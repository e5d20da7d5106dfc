package org.cartledger.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.cartledger.schema.ModuleSchema.FormerMigration;

/**
 * The single Flyway history ({@code flyway_schema_history}) that databases kept before each module had
 * its own. It is read, never changed: a module whose migrations it already holds is baselined at the
 * last of them in its own history, and only what comes after is applied. What it holds must be what
 * the module expects (applied successfully, with the recorded checksum, with none missing before the
 * last), or the ledger does not start: a schema that differs from its history is not guessed at.
 */
final class FormerHistory {

    static final String TABLE = "flyway_schema_history";

    private record Applied(int checksum, boolean success) {
    }

    private final Map<String, Applied> applied;

    private FormerHistory(Map<String, Applied> applied) {
        this.applied = applied;
    }

    /** The single history in this schema, empty where there is none (a database made since). */
    static FormerHistory read(DataSource dataSource, String schema) {
        try (Connection connection = dataSource.getConnection()) {
            String inSchema = schema != null ? schema : currentSchema(connection);
            Map<String, Applied> applied = new HashMap<>();
            if (exists(connection, inSchema)) {
                try (PreparedStatement select = connection.prepareStatement("SELECT version, checksum, success FROM "
                        + quoted(inSchema) + "." + TABLE + " WHERE version IS NOT NULL");
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        applied.put(rows.getString(1), new Applied(rows.getInt(2), rows.getBoolean(3)));
                    }
                }
            }
            return new FormerHistory(applied);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the former schema history " + TABLE, e);
        }
    }

    /**
     * The version at which this module's own history takes over, if the single history holds any of
     * its migrations.
     */
    Optional<Integer> takeOverVersion(ModuleSchema schema) {
        Integer lastApplied = null;
        FormerMigration firstMissing = null;
        for (FormerMigration former : schema.formerMigrations()) {
            Applied found = applied.get(former.formerVersion());
            if (found == null) {
                if (firstMissing == null) {
                    firstMissing = former;
                }
                continue;
            }
            if (firstMissing != null) {
                throw refused(schema, "holds version " + former.formerVersion() + " but not "
                        + firstMissing.formerVersion() + ", which comes before it");
            }
            if (!found.success()) {
                throw refused(schema, "records version " + former.formerVersion() + " as failed; repair it first");
            }
            if (found.checksum() != former.formerChecksum()) {
                throw refused(schema, "records version " + former.formerVersion() + " with checksum " + found.checksum()
                        + ", not " + former.formerChecksum() + ": the database was migrated with another script");
            }
            lastApplied = former.version();
        }
        return Optional.ofNullable(lastApplied);
    }

    private static IllegalStateException refused(ModuleSchema schema, String what) {
        return new IllegalStateException("The schema of " + schema.module() + " cannot be taken over from " + TABLE
                + ": it " + what + ".");
    }

    private static boolean exists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            select.setString(1, schema);
            select.setString(2, TABLE);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT current_schema()");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
