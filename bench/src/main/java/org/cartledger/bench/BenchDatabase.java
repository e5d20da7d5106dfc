package org.cartledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database of one run, made fresh on the server the options name and dropped at the end, so a run
 * never measures, nor leaves behind, anybody else's data.
 */
final class BenchDatabase implements AutoCloseable {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

    private final String serverUrl;
    private final String user;
    private final String name;
    private final String url;
    private volatile boolean dropped;

    private BenchDatabase(String serverUrl, String user, String name, String url) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.name = name;
        this.url = url;
    }

    static BenchDatabase create(String serverUrl, String user) {
        Matcher parts = JDBC_URL.matcher(serverUrl);
        if (!parts.matches()) {
            throw new IllegalArgumentException("--jdbc-url: expected jdbc:postgresql://host:port/database, not " + serverUrl);
        }
        String name = "ledger_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        String url = parts.group(1) + name + (parts.group(3) == null ? "" : parts.group(3));
        BenchDatabase database = new BenchDatabase(serverUrl, user, name, url);
        try (Connection server = database.connectTo(serverUrl); Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the bench database on " + serverUrl + ": " + e.getMessage(), e);
        }
        return database;
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    /** The password of the server's user, if it needs one: PGPASSWORD, as psql takes it. */
    String password() {
        return System.getenv().getOrDefault("PGPASSWORD", "");
    }

    Connection connect() throws SQLException {
        return connectTo(url);
    }

    private Connection connectTo(String jdbcUrl) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password());
        // many single-row inserts in one round trip; each row still goes through the position trigger
        properties.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    long queryLong(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Drops the database, closing whatever is still connected to it (a ledger killed mid-run). */
    @Override
    public synchronized void close() {
        if (dropped) {
            return;
        }
        try (Connection server = connectTo(serverUrl); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            dropped = true;
        } catch (SQLException e) {
            System.err.println("Could not drop the bench database " + name + ": " + e.getMessage());
        }
    }
}
