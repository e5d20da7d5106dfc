package org.cartledger.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A private PostgreSQL database for one test class: created empty, dropped afterwards. It lives on
 * the local server at 127.0.0.1:5432 when that answers (as on the team's machines and CI), and on an
 * embedded PostgreSQL started for the test run otherwise, so the tests need nothing installed. It
 * never touches a database it did not create.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String LOCAL_ADMIN_URL = System.getProperty("ledger.test.admin-url",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String LOCAL_USER = System.getProperty("ledger.test.user", "postgres");
    private static EmbeddedPostgres embedded;

    private final String adminUrl;
    private final String user;
    private final String name;

    private TestDatabase(String adminUrl, String user, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.name = name;
    }

    public static TestDatabase create() {
        String name = "ledger_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String adminUrl = localServerAnswers() ? LOCAL_ADMIN_URL : embeddedAdminUrl();
        TestDatabase database = new TestDatabase(adminUrl, LOCAL_USER, name);
        database.execute("CREATE DATABASE " + name);
        return database;
    }

    /**
     * A new private database holding a copy of this one (PostgreSQL's CREATE DATABASE … TEMPLATE),
     * for a test that must damage its data; nothing may be connected to this one meanwhile.
     */
    public TestDatabase copy() {
        String copyName = name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        TestDatabase copy = new TestDatabase(adminUrl, user, copyName);
        copy.execute("CREATE DATABASE " + copyName + " TEMPLATE " + name);
        return copy;
    }

    public String url() {
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    public String user() {
        return user;
    }

    /** Spring properties that point an application at this database. */
    public Map<String, Object> springProperties() {
        return Map.of("spring.datasource.url", url(), "spring.datasource.username", user, "spring.datasource.password", "");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, "");
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: " + sql + " failed", e);
        }
    }

    private static boolean localServerAnswers() {
        try (Connection ignored = DriverManager.getConnection(LOCAL_ADMIN_URL, LOCAL_USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static synchronized String embeddedAdminUrl() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Neither 127.0.0.1:5432 nor an embedded PostgreSQL is available", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the process is ending; the temporary cluster goes with it
                }
            }));
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }
}
