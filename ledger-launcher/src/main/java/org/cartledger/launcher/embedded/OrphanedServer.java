package org.cartledger.launcher.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ledger killed with SIGKILL (or by the OOM killer) leaves its PostgreSQL running on the data
 * directory, since nothing was left to stop it. The library would start "again", find the port
 * answering and silently use that server, started with whatever settings the old run had. Instead,
 * before starting: a server still running on the data directory with no ledger holding it is
 * stopped cleanly (a smart shutdown: its clients died with the old process, so it checkpoints and
 * exits) and started afresh; a data directory another running ledger holds, or a port something
 * else answers on, is refused with a message that says what to do. Each case is logged.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** The library's lock file: held by the ledger process that runs the server. */
    private static final String LEDGER_LOCK = "epg-lock";

    private final Path dataDirectory;
    private final int port;

    OrphanedServer(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    void stopIfRunning() {
        refuseIfAnotherLedgerHoldsIt();
        Optional<ProcessHandle> postmaster = postmaster();
        if (postmaster.isPresent()) {
            stop(postmaster.get());
        }
        if (answers(port)) {
            throw new IllegalStateException("Port " + port + " on 127.0.0.1 is taken by another program, not by a PostgreSQL "
                    + "running on " + dataDirectory + ", so the ledger would not be talking to its own database. Stop that "
                    + "program or choose another port (LEDGER_EMBEDDED_POSTGRES_PORT).");
        }
    }

    private void refuseIfAnotherLedgerHoldsIt() {
        Path lock = dataDirectory.resolve(LEDGER_LOCK);
        if (!Files.exists(lock)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(lock.toFile(), "rw");
             FileLock held = file.getChannel().tryLock()) {
            if (held == null) {
                throw anotherLedger();
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw anotherLedger();
        } catch (IOException e) {
            throw new IllegalStateException("Could not check " + lock + ": " + e.getMessage(), e);
        }
    }

    private IllegalStateException anotherLedger() {
        return new IllegalStateException("Another ledger is running on the data directory " + dataDirectory
                + ". Stop it first, or give this one a data directory of its own (LEDGER_DATA_DIR).");
    }

    /** The server postmaster.pid names, if that process is alive and is a PostgreSQL server. */
    private Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + pidFile + ": " + e.getMessage(), e);
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (RuntimeException e) {
            log.warn("{} does not name a process; PostgreSQL will decide whether it is stale", pidFile);
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.warn("The embedded PostgreSQL on {} was not shut down cleanly (its process {} is gone, as after a crash or "
                    + "power loss); PostgreSQL recovers it from its write-ahead log on this start", dataDirectory, pid);
            return Optional.empty();
        }
        String command = process.get().info().command().orElse("");
        if (!Path.of(command).getFileName().toString().equals("postgres")) {
            throw new IllegalStateException(pidFile + " names process " + pid + " (" + (command.isEmpty() ? "unknown" : command)
                    + "), which is not a PostgreSQL server. If no PostgreSQL runs on " + dataDirectory
                    + ", the file is left over from a crash: delete it and start again.");
        }
        return process;
    }

    private void stop(ProcessHandle postmaster) {
        log.warn("An embedded PostgreSQL (process {}) is still running on {} although no ledger holds it: left behind by a "
                + "ledger that was killed. Stopping it cleanly and starting afresh.", postmaster.pid(), dataDirectory);
        // SIGTERM: PostgreSQL's smart shutdown, which waits for its sessions (gone with the old process) and checkpoints
        postmaster.destroy();
        try {
            postmaster.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL left running on " + dataDirectory + " (process " + postmaster.pid()
                    + ") did not stop within " + STOP_TIMEOUT.toSeconds() + " s. Stop it (pg_ctl stop -D " + dataDirectory
                    + " -m fast) and start the ledger again.");
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for process " + postmaster.pid() + " to stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping process " + postmaster.pid(), e);
        }
        log.warn("Stopped the PostgreSQL left running on {} (process {})", dataDirectory, postmaster.pid());
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
