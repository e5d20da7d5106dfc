package org.cartledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a run measures and on what. The defaults are the (100,000 events, 16 clients) sized to
 * finish in about a quarter of an hour on a 2-core machine; {@code --quick} is a smoke run of a minute
 * or two that shows every row works, not figures to quote.
 *
 * @param serverUrl     a JDBC URL of any database on the PostgreSQL server to use; the bench creates a
 *                      database of its own there and drops it at the end
 * @param user          the server's user, who may create databases (trust auth, or PGPASSWORD)
 * @param events        how many events the store holds when catch-up, rebuild and audit are measured
 * @param longHistory   how many events the one trainee with a long history has
 * @param clients       the concurrent clients of the many-clients rows
 * @param duration      how long each throughput measurement runs (after a warm-up)
 * @param samples       how many requests each latency-only measurement makes
 * @param limit         how long a catch-up, rebuild or projection is waited for; a slower one is measured over this
 * @param apiAuth       how the API client of row 2 signs in (see {@link AuthScheme})
 */
record BenchOptions(String serverUrl, String user, int events, int longHistory, int clients, Duration duration,
                    int samples, Duration limit, boolean quick, Path ledgerJar, Path verifierJar, String apiAuth, boolean keepDatabase) {

    static final String USAGE = """
            usage: java -jar bench/target/ledger-bench.jar [options]   (or bench/run [options])
              --events N         events in the store for catch-up, rebuild and audit (default 100000)
              --long-history N   events of the one trainee with a long history (default 5000)
              --clients N        concurrent clients of the many-clients rows (default 16)
              --duration S       seconds each throughput measurement runs (default 15)
              --samples N        requests of each latency measurement (default 100)
              --limit S          seconds a catch-up, a rebuild or a projection is waited for (default 240); one that takes
                                 longer is measured over this time, by the events it processed in it
              --quick            a smoke run: 3000 events, 1000 for the long history, 4 s, 20 samples, 60 s limit
              --jdbc-url URL     any database of the PostgreSQL server to use (default jdbc:postgresql://127.0.0.1:5432/postgres);
                                 the bench creates ledger_bench_<time> there and drops it at the end
              --user NAME        the server's user (default postgres; password from PGPASSWORD)
              --ledger-jar P     default ledger-launcher/target/ledger-launcher-0.1.0-SNAPSHOT.jar
              --verifier-jar P   default ledger-verifier/target/ledger-verifier-0.1.0-SNAPSHOT-exec.jar
              --api-auth NAME    how the API client of row 2 signs in: basic (the only scheme the ledger offers API clients today)
              --keep-database    leave the bench database for a look afterwards""";

    static BenchOptions parse(String... args) {
        String serverUrl = "jdbc:postgresql://127.0.0.1:5432/postgres";
        String user = "postgres";
        Integer events = null;
        Integer longHistory = null;
        int clients = 16;
        Integer seconds = null;
        Integer samples = null;
        Integer limit = null;
        boolean quick = false;
        boolean keep = false;
        Path ledgerJar = Path.of("ledger-launcher/target/ledger-launcher-0.1.0-SNAPSHOT.jar");
        Path verifierJar = Path.of("ledger-verifier/target/ledger-verifier-0.1.0-SNAPSHOT-exec.jar");
        String apiAuth = "basic";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--keep-database" -> keep = true;
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value\n" + USAGE);
                    }
                    String value = args[++i];
                    switch (arg) {
                        case "--events" -> events = positive(arg, value);
                        case "--long-history" -> longHistory = positive(arg, value);
                        case "--clients" -> clients = positive(arg, value);
                        case "--duration" -> seconds = positive(arg, value);
                        case "--samples" -> samples = positive(arg, value);
                        case "--limit" -> limit = positive(arg, value);
                        case "--jdbc-url" -> serverUrl = value;
                        case "--user" -> user = value;
                        case "--ledger-jar" -> ledgerJar = Path.of(value);
                        case "--verifier-jar" -> verifierJar = Path.of(value);
                        case "--api-auth" -> apiAuth = value;
                        default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
                    }
                }
            }
        }
        BenchOptions options = new BenchOptions(serverUrl, user,
                events != null ? events : quick ? 3_000 : 100_000,
                longHistory != null ? longHistory : quick ? 1_000 : 5_000,
                clients,
                Duration.ofSeconds(seconds != null ? seconds : quick ? 4 : 15),
                samples != null ? samples : quick ? 20 : 100,
                Duration.ofSeconds(limit != null ? limit : quick ? 60 : 240),
                quick, ledgerJar, verifierJar, apiAuth, keep);
        options.check();
        return options;
    }

    private void check() {
        if (!Files.isRegularFile(ledgerJar)) {
            throw new IllegalArgumentException("No ledger jar at " + ledgerJar.toAbsolutePath()
                    + ": build it first (./mvnw -q package -DskipTests), or run bench/run, which does");
        }
        if (!Files.isRegularFile(verifierJar)) {
            throw new IllegalArgumentException("No verifier jar at " + verifierJar.toAbsolutePath()
                    + ": build it first (./mvnw -q package -DskipTests), or run bench/run, which does");
        }
        AuthScheme.named(apiAuth);
    }

    private static int positive(String option, String value) {
        try {
            int number = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new IllegalArgumentException(option + " needs a positive whole number, not \"" + value + "\"");
    }

    /** The warm-up before each throughput measurement: the JIT and the connection pools settle first. */
    Duration warmUp() {
        return quick ? Duration.ofSeconds(1) : Duration.ofSeconds(3);
    }
}
