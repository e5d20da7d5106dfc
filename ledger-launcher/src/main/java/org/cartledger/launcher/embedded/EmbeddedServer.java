package org.cartledger.launcher.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL as the Spring context holds it, so that stopping it is the context's last
 * act and a quiet one. The library stops the server in "fast" mode, which ends every backend still
 * there with "terminating connection due to administrator command". A connection the pool has just
 * closed can still have its backend on the way out for a few milliseconds; stopping then cut it off
 * (seen once on CI). So the stop first waits, briefly, until no other client is connected, and names
 * any that stays, which would be a connection something forgot to give back.
 */
public final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final long CLIENTS_GONE_WITHIN_MILLIS = 5_000;
    private static final long POLL_MILLIS = 20;
    private static final String OTHER_CLIENTS = "SELECT pid, coalesce(application_name, ''), coalesce(state, ''), left(query, 200) "
            + "FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()";

    private final EmbeddedPostgres postgres;

    EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws Exception {
        List<String> left = awaitOtherClientsGone();
        if (!left.isEmpty()) {
            log.warn("Stopping the embedded PostgreSQL with {} connection(s) still open, which it will end: {}", left.size(), left);
        }
        postgres.close();
    }

    private List<String> awaitOtherClientsGone() {
        long deadline = System.currentTimeMillis() + CLIENTS_GONE_WITHIN_MILLIS;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            while (true) {
                List<String> clients = otherClients(statement);
                if (clients.isEmpty() || System.currentTimeMillis() >= deadline) {
                    return clients;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (SQLException e) {
            log.warn("Could not see which connections are still open before stopping the embedded PostgreSQL: {}", e.getMessage());
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static List<String> otherClients(Statement statement) throws SQLException {
        List<String> clients = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(OTHER_CLIENTS)) {
            while (rows.next()) {
                clients.add("process " + rows.getInt(1) + " '" + rows.getString(2) + "' " + rows.getString(3) + ": " + rows.getString(4));
            }
        }
        return clients;
    }
}
