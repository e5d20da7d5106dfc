package org.cartledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.WriterKey;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.BundleVerifier;
import org.cartledger.proof.bundle.TranscriptBundle;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.cartledger.proof.bundle.VerificationReport;
import org.cartledger.proof.witness.CosignatureQuorum;
import org.cartledger.proof.witness.KnownWitnesses;
import org.cartledger.verifier.witness.WitnessKeysFile;

/**
 * The auditor's command line: checks a transcript bundle offline, or audits a whole ledger in
 * PostgreSQL. Exit codes: 0 verified, 1 not verified, 2 when the check could not be run (wrong
 * arguments, unreadable files, no database connection).
 */
public final class LedgerVerifier {

    static final int VERIFIED = 0;
    static final int NOT_VERIFIED = 1;
    static final int CANNOT_CHECK = 2;

    static final String USAGE = """
            usage:
              ledger-verifier bundle <bundle.json> [--public-key <file>] [--kept-heads <file or directory>]
                                     [--key-announcements <file>] [--witness-keys <file or directory> --require-cosignatures <k>]
                  checks a trainee's transcript bundle offline; without --public-key the key inside the
                  bundle is used, which shows the bundle is intact but not who signed it
              ledger-verifier audit --jdbc-url <url> [--user <name>] [--password <password>] --public-key <file>
                                    [--kept-heads <file or directory>] [--key-announcements <file>]
                                    [--writer-key <file>]
                  audits every event in the ledger's PostgreSQL database against its signed tree heads;
                  without --password, the PGPASSWORD environment variable is used when set
              ledger-verifier witness --ledger <url> --key <witness key directory> --state <directory>
                                      [--ledger-key <file>] [--user <name> [--password-file <file>]]
                                      [--interval <seconds>] [--once]
                  cosigns the ledger's newest tree head when it verifies with the ledger's key and extends the last
                  head this witness cosigned (kept in --state), and hands the cosignature to the ledger; refuses, and
                  does not cosign, a head that does not (a rollback or a fork). Every --interval seconds (default
                  300), or once with --once. Without --password-file, LEDGER_PASSWORD is used when set.
              ledger-verifier witness-key --out <directory> --name <name>
              ledger-verifier witness-key --key <directory>
                  makes a witness's Ed25519 key pair (never replacing one), or prints the one there, as the
                  name=<base64 public key> line the ledger (ledger.integrity.witnesses) and auditors (--witness-keys) list
            --kept-heads: signed tree heads you kept, as the ledger publishes them (a JSON head or a list of them,
                  or a directory of .json files); what is checked must extend every one of them
            --key-announcements: the chain from the key you trust to later signing keys (docs/ledger-proofs.md §4b),
                  as GET /api/ledger/signing-keys answers; a bundle may carry it instead
            --witness-keys: the witnesses you trust, name=<base64 public key> lines (or a directory of such .txt files
                  and <name>.pub files); --require-cosignatures k refuses a bundle whose tree head lacks valid
                  cosignatures by k of them (docs/ledger-proofs.md §4c)
            --writer-key: the ledger's writer key (ledger-writer.key from its key directory, docs/ledger-proofs.md
                  §2a), for an auditor entrusted with it: names every event whose writer MAC is missing or wrong;
                  without it, MACs are not checked and the report says so
            <file> holds the ledger's Ed25519 public key: X.509 SubjectPublicKeyInfo as DER, base64 or PEM.
            exit status: 0 verified, 1 not verified, 2 the check could not be run
                  (witness --once: 0 cosigned or nothing to cosign, 1 a head refused, 2 the ledger unreachable or the
                  cosignature not taken)""";

    private LedgerVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs one command, printing its report to {@code out}; returns the exit status. */
    public static int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            return usage(out, null);
        }
        if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.println(USAGE);
            return VERIFIED;
        }
        try {
            return switch (args[0]) {
                case "bundle" -> bundle(Arguments.parse(args, Set.of("--public-key", "--kept-heads", "--key-announcements",
                        "--witness-keys", "--require-cosignatures")), out);
                case "witness" -> WitnessCommand.witness(Arguments.parse(args, Set.of("--ledger", "--key", "--state", "--ledger-key",
                        "--user", "--password-file", "--interval", "--once")), out);
                case "witness-key" -> WitnessCommand.witnessKey(Arguments.parse(args, Set.of("--out", "--name", "--key")), out);
                case "audit" -> audit(Arguments.parse(args, Set.of("--jdbc-url", "--user", "--password", "--public-key",
                        "--kept-heads", "--key-announcements", "--writer-key")), out);
                default -> usage(out, "unknown command \"" + args[0] + "\"");
            };
        } catch (UsageException e) {
            return usage(out, e.getMessage());
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            return CANNOT_CHECK;
        }
    }

    private static int bundle(Arguments arguments, PrintStream out) {
        if (arguments.positional().size() != 1) {
            throw new UsageException("bundle needs exactly one bundle file");
        }
        Path file = Path.of(arguments.positional().get(0));
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the bundle " + file + ": " + e.getMessage());
        }
        String keyFile = arguments.options().get("--public-key");
        PublicKey trusted = keyFile == null ? null : PublicKeyFile.read(Path.of(keyFile));
        List<KeptHeads.KeptHead> kept = keptHeads(arguments);
        WitnessRequirement witnesses = WitnessRequirement.of(arguments.options().get("--witness-keys"),
                arguments.options().get("--require-cosignatures"));
        VerificationReport report = BundleVerifier.verify(json, trusted, announcements(arguments));
        List<String> failures = new ArrayList<>(report.failures());
        if (report.verified() && !kept.isEmpty()) {
            TranscriptBundle bundle = TranscriptBundles.fromJson(json);
            PublicKey key = trusted != null ? trusted
                    : Ed25519Keys.publicKey(Base64.getDecoder().decode(bundle.publicKey().spki()));
            failures.addAll(BundleAgainstKeptHeads.problems(bundle, bundle.treeHead().toSignedTreeHead(), kept, key));
        }
        List<String> witnessed = List.of();
        if (report.verified() && witnesses.required() > 0) {
            BundleTreeHead head = TranscriptBundles.fromJson(json).treeHead();
            CosignatureQuorum.Result quorum = CosignatureQuorum.check(head.toSignedTreeHead(), head.cosignatures(),
                    witnesses.known(), witnesses.required());
            quorum.notCounted().forEach(line -> out.println("note: " + line));
            if (!quorum.met()) {
                failures.add(quorum.failure(head.toSignedTreeHead()));
            }
            witnessed = quorum.cosignedBy();
        }
        failures.forEach(out::println);
        if (!failures.isEmpty()) {
            out.println("NOT VERIFIED: " + count(failures.size(), "problem", "problems"));
            return NOT_VERIFIED;
        }
        if (trusted == null) {
            out.println("note: no --public-key was given, so the key inside the bundle was used: the bundle is intact,"
                    + " but only a key you got from the ledger's operators shows who signed it");
        }
        BundleTreeHead head = TranscriptBundles.fromJson(json).treeHead();
        if (!report.complete()) {
            out.println("note: completeness is not proven: the tree head is of version 1 and commits to no record map,"
                    + " so entries after the bundle's last one could have been left out");
        }
        out.println("VERIFIED: " + count(report.entriesChecked(), "entry", "entries")
                + (report.complete() ? ", complete" : "") + ", tree size "
                + head.treeSize() + ", root " + head.rootHash()
                + (kept.isEmpty() ? "" : ", extending " + count(kept.size(), "kept tree head", "kept tree heads"))
                + (witnessed.isEmpty() ? "" : ", cosigned by " + String.join(", ", witnessed)));
        return VERIFIED;
    }

    private static int audit(Arguments arguments, PrintStream out) {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("audit takes no argument \"" + arguments.positional().get(0) + "\"");
        }
        String url = arguments.options().get("--jdbc-url");
        String keyFile = arguments.options().get("--public-key");
        if (url == null || keyFile == null) {
            throw new UsageException("audit needs --jdbc-url and --public-key");
        }
        PublicKey trusted = PublicKeyFile.read(Path.of(keyFile));
        List<KeptHeads.KeptHead> kept = keptHeads(arguments);
        List<org.cartledger.proof.keyrotation.KeyAnnouncement> given = announcements(arguments);
        List<org.cartledger.proof.keyrotation.KeyAnnouncement> chain = given == null ? List.of() : given;
        String writerKeyFile = arguments.options().get("--writer-key");
        WriterKey writerKey;
        try {
            writerKey = writerKeyFile == null ? null : WriterKey.read(Path.of(writerKeyFile));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--writer-key: " + e.getMessage());
        }
        Properties properties = new Properties();
        String user = arguments.options().get("--user");
        String password = arguments.options().getOrDefault("--password", System.getenv("PGPASSWORD"));
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("readOnly", "true");
        AuditReport report;
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            report = LedgerAudit.audit(connection, trusted, kept.stream().map(KeptHeads.KeptHead::head).toList(), chain, writerKey);
        } catch (SQLException e) {
            throw new IllegalArgumentException("the audit could not read the ledger at " + url + ": " + e.getMessage());
        }
        report.findings().forEach(out::println);
        int problems = report.problems().size();
        if (!report.intact()) {
            out.println("NOT VERIFIED: " + count(problems, "problem", "problems"));
            return NOT_VERIFIED;
        }
        out.println("VERIFIED: " + count(report.eventsChecked(), "event", "events") + ", "
                + count(report.treeHeadsChecked(), "signed tree head", "signed tree heads"));
        return VERIFIED;
    }

    /** The announcements given with --key-announcements, or null (a bundle may then carry its own). */
    private static List<org.cartledger.proof.keyrotation.KeyAnnouncement> announcements(Arguments arguments) {
        String file = arguments.options().get("--key-announcements");
        return file == null ? null : KeyAnnouncementsFile.read(Path.of(file));
    }

    private static List<KeptHeads.KeptHead> keptHeads(Arguments arguments) {
        String kept = arguments.options().get("--kept-heads");
        return kept == null ? List.of() : KeptHeads.read(Path.of(kept));
    }

    /** The witnesses an auditor requires, from --witness-keys and --require-cosignatures; none by default. */
    private record WitnessRequirement(KnownWitnesses known, int required) {

        static WitnessRequirement of(String keys, String required) {
            if (keys == null && required == null) {
                return new WitnessRequirement(KnownWitnesses.none(), 0);
            }
            if (keys == null || required == null) {
                throw new UsageException("--witness-keys and --require-cosignatures go together");
            }
            int k;
            try {
                k = Integer.parseInt(required);
            } catch (NumberFormatException e) {
                throw new UsageException("--require-cosignatures takes a number of witnesses, not \"" + required + "\"");
            }
            KnownWitnesses known = WitnessKeysFile.read(Path.of(keys));
            if (k < 1 || k > known.keys().size()) {
                throw new UsageException("--require-cosignatures must be 1 to " + known.keys().size()
                        + " (the witnesses in " + keys + "), not " + k);
            }
            return new WitnessRequirement(known, k);
        }
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static int usage(PrintStream out, String problem) {
        if (problem != null) {
            out.println("error: " + problem);
        }
        out.println(USAGE);
        return CANNOT_CHECK;
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** The command's options ({@code --name value}) and other arguments, after the command itself. */
    record Arguments(Map<String, String> options, List<String> positional) {

        /** Options that take no value: present or not. */
        private static final Set<String> FLAGS = Set.of("--once");

        boolean has(String flag) {
            return options.containsKey(flag);
        }

        static Arguments parse(String[] args, Set<String> known) {
            Map<String, String> options = new HashMap<>();
            List<String> positional = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    positional.add(arg);
                    continue;
                }
                if (!known.contains(arg)) {
                    throw new UsageException(args[0] + " has no option " + arg);
                }
                if (FLAGS.contains(arg)) {
                    if (options.put(arg, "") != null) {
                        throw new UsageException(arg + " is given twice");
                    }
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value");
                }
                if (options.put(arg, args[++i]) != null) {
                    throw new UsageException(arg + " is given twice");
                }
            }
            return new Arguments(options, positional);
        }
    }
}
