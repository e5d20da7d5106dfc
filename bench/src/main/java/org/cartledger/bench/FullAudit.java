package org.cartledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The auditor's full audit, run as an auditor runs it: {@code ledger-verifier audit} in a process of its
 * own against the ledger's database and public key, over every event, after the ledger has signed a
 * tree head that covers them all. The time includes the verifier's JVM starting (well under a second).
 */
final class FullAudit {

    private FullAudit() {
    }

    record Result(long events, double seconds, int exitStatus, String report) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    static Result run(Path verifierJar, BenchDatabase database, LedgerClient.Caller admin, LedgerClient.Caller auditor,
                      Path workDirectory) {
        // signing appends whatever the tree has not taken in yet, so the head covers the whole store
        admin.post("/api/ledger/tree-heads", null, java.time.Duration.ofMinutes(30)).expect("Signing a tree head", 200, 201);
        String spki = auditor.get("/api/ledger/public-key").expect("The ledger's public key", 200).json().path("spki").asString();
        long events = database.queryLong("SELECT count(*) FROM domain_event_entry");
        try {
            Path key = Files.writeString(workDirectory.resolve("ledger-key.b64"), spki);
            Path report = workDirectory.resolve("audit-report.txt");
            ProcessBuilder verifier = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", verifierJar.toAbsolutePath().toString(),
                    "audit", "--jdbc-url", database.url(), "--user", database.user(), "--public-key", key.toString()))
                    .redirectErrorStream(true).redirectOutput(report.toFile());
            verifier.environment().put("PGPASSWORD", database.password());
            long start = System.nanoTime();
            Process process = verifier.start();
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("The audit did not finish within 30 minutes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(events, seconds, process.exitValue(), Files.readString(report).strip());
        } catch (IOException e) {
            throw new IllegalStateException("Could not run the verifier: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
