package org.cartledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import org.cartledger.verifier.LedgerVerifier.Arguments;
import org.cartledger.verifier.LedgerVerifier.UsageException;
import org.cartledger.verifier.witness.Witness;
import org.cartledger.verifier.witness.WitnessKey;

/** The command lines of a witness (docs/ledger-proofs.md §4c): {@code witness} and {@code witness-key}. */
final class WitnessCommand {

    static final String PASSWORD_VARIABLE = "LEDGER_PASSWORD";
    private static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);

    private WitnessCommand() {
    }

    /** Makes a witness key, or prints the one in --key. */
    static int witnessKey(Arguments arguments, PrintStream out) {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("witness-key takes no argument \"" + arguments.positional().get(0) + "\"");
        }
        String outDirectory = arguments.options().get("--out");
        String keyDirectory = arguments.options().get("--key");
        if ((outDirectory == null) == (keyDirectory == null)) {
            throw new UsageException("witness-key needs either --out <directory> --name <name> or --key <directory>");
        }
        WitnessKey key;
        if (outDirectory != null) {
            String name = arguments.options().get("--name");
            if (name == null) {
                throw new UsageException("witness-key --out needs --name: the name the ledger and auditors will list it under");
            }
            key = WitnessKey.create(Path.of(outDirectory), name);
            out.println("made the witness key of " + name + " in " + outDirectory + " (keep " + WitnessKey.PRIVATE_KEY_FILE
                    + " secret); list this line in ledger.integrity.witnesses and give it to auditors:");
        } else {
            key = WitnessKey.read(Path.of(keyDirectory));
        }
        out.println(key.entry());
        return LedgerVerifier.VERIFIED;
    }

    /** Runs the witness: one round with --once, else a round every --interval until stopped. */
    static int witness(Arguments arguments, PrintStream out) {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("witness takes no argument \"" + arguments.positional().get(0) + "\"");
        }
        String ledgerUrl = arguments.options().get("--ledger");
        String keyDirectory = arguments.options().get("--key");
        String stateDirectory = arguments.options().get("--state");
        if (ledgerUrl == null || keyDirectory == null || stateDirectory == null) {
            throw new UsageException("witness needs --ledger, --key and --state");
        }
        String ledgerKeyFile = arguments.options().get("--ledger-key");
        PublicKey ledgerKey = ledgerKeyFile == null ? null : PublicKeyFile.read(Path.of(ledgerKeyFile));
        String user = arguments.options().get("--user");
        Witness witness = new Witness(WitnessKey.read(Path.of(keyDirectory)), ledgerUrl, user, password(arguments, user),
                Path.of(stateDirectory), ledgerKey, Clock.systemUTC(), out);
        if (arguments.has("--once")) {
            return exitStatus(round(witness, out));
        }
        Duration interval = interval(arguments.options().get("--interval"));
        while (!Thread.currentThread().isInterrupted()) {
            round(witness, out);
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return LedgerVerifier.VERIFIED;
    }

    /**
     * One round; a ledger that cannot be asked, or answers what is not its API, is reported and the round counted as
     * not delivered: a witness that runs for months must outlive a ledger that is down for a while.
     */
    private static Witness.Outcome round(Witness witness, PrintStream out) {
        try {
            return witness.round();
        } catch (RuntimeException e) {
            out.println("error: " + e.getMessage());
            return Witness.Outcome.NOT_DELIVERED;
        }
    }

    private static int exitStatus(Witness.Outcome outcome) {
        return switch (outcome) {
            case COSIGNED, NOTHING_TO_COSIGN -> LedgerVerifier.VERIFIED;
            case REFUSED -> LedgerVerifier.NOT_VERIFIED;
            case NOT_DELIVERED -> LedgerVerifier.CANNOT_CHECK;
        };
    }

    private static String password(Arguments arguments, String user) {
        String file = arguments.options().get("--password-file");
        if (file != null) {
            if (user == null) {
                throw new UsageException("--password-file goes with --user");
            }
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage());
            }
        }
        return user == null ? null : System.getenv(PASSWORD_VARIABLE);
    }

    private static Duration interval(String seconds) {
        if (seconds == null) {
            return DEFAULT_INTERVAL;
        }
        try {
            long value = Long.parseLong(seconds);
            if (value < 1) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--interval takes a whole number of seconds, at least 1, not \"" + seconds + "\"");
        }
    }
}
