package org.cartledger.launcher.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL as a ledger needs it, not as the library's test defaults have it:
 * the library starts the server with {@code -F} (fsync off) and {@code synchronous_commit=off} and
 * creates the cluster without data page checksums, so an entry answered 201 could be lost with
 * the power. Here every commit is flushed to disk before it is acknowledged, and a new cluster
 * checksums its pages so that a torn or rotted page is reported instead of read. An existing
 * cluster made without checksums is kept as it is, and said so in the log at every start.
 */
final class DurablePostgres {

    private static final Logger log = LoggerFactory.getLogger(DurablePostgres.class);
    private static final long INITDB_TIMEOUT_SECONDS = 120;

    private DurablePostgres() {
    }

    static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        // the library runs initdb itself when postgresql.conf is missing; that is how it tells a new cluster
        boolean newCluster = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        EmbeddedPostgres postgres = launch(dataDirectory, port);
        if (newCluster && !"on".equals(show(postgres, "data_checksums"))) {
            postgres = withChecksums(postgres, dataDirectory, port);
        }
        report(postgres, dataDirectory, port);
        return postgres;
    }

    private static EmbeddedPostgres launch(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // given after the library's -F on the server's command line, so these win
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // the Spring context stops the server, after everything that uses it (see EmbeddedPostgresConfiguration)
                .setRegisterShutdownHook(false)
                .start();
    }

    /**
     * The library cannot ask initdb for checksums, and its binaries hold no pg_checksums. So a cluster
     * it has just created, still empty, is made again by the same server's initdb with {@code -k};
     * this happens once, on the first start with a new data directory.
     */
    private static EmbeddedPostgres withChecksums(EmbeddedPostgres postgres, Path dataDirectory, int port) throws IOException {
        Path binaries = Path.of(query(postgres, "SELECT setting FROM pg_config WHERE name = 'BINDIR'"));
        postgres.close();
        deleteContents(dataDirectory);
        List<String> initdb = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as the library runs its own initdb: PostgreSQL refuses to run as root, so as root it runs in a user namespace
            initdb.addAll(List.of("unshare", "-U"));
        }
        initdb.addAll(List.of(binaries.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-D", dataDirectory.toString(),
                "-E", "UTF-8", "--data-checksums"));
        run(initdb);
        log.info("Created the embedded PostgreSQL cluster in {} with data page checksums", dataDirectory);
        return launch(dataDirectory, port);
    }

    private static void report(EmbeddedPostgres postgres, Path dataDirectory, int port) {
        String checksums = show(postgres, "data_checksums");
        log.info("Embedded PostgreSQL on 127.0.0.1:{} (user postgres), data in {}: fsync {}, synchronous_commit {}, data_checksums {}",
                port, dataDirectory, show(postgres, "fsync"), show(postgres, "synchronous_commit"), checksums);
        if (!"on".equals(checksums)) {
            log.warn("The embedded PostgreSQL cluster in {} was created without data page checksums, so a damaged page on disk "
                    + "would be read without a word. To turn them on: stop the ledger, run pg_checksums --enable -D {} "
                    + "(from a PostgreSQL 17 installation), start it again.", dataDirectory, dataDirectory);
        }
    }

    private static String show(EmbeddedPostgres postgres, String setting) {
        return query(postgres, "SHOW " + setting);
    }

    private static String query(EmbeddedPostgres postgres, String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not answer " + sql, e);
        }
    }

    private static void deleteContents(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(directory)) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(INITDB_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + INITDB_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command.get(0), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed (exit " + process.exitValue() + "):\n" + output);
        }
    }
}
