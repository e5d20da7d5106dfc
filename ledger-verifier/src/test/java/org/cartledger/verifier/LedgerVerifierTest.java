package org.cartledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerVerifierTest {

    private static final TreeHeadSigner SIGNER = new TreeHeadSigner(Ed25519Keys.generate());
    private static TestDatabase database;
    /** What the verifier says of a bundle under a head of version 1, which cannot show the record complete. */
    static final String V1_NOTE = "note: completeness is not proven: the tree head is of version 1 and commits to no "
            + "record map, so entries after the bundle's last one could have been left out\n";

    @TempDir
    Path files;

    private Path bundle;
    private Path derKey;
    private String root;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void writeABundleAndTheKey() throws Exception {
        List<LedgerEvent> ledger = LedgerFixture.events();
        List<byte[]> leaves = ledger.stream().map(LedgerEvent::leafHash).toList();
        SignedTreeHead head = SIGNER.sign(new TreeHead(25, MerkleTree.rootHash(leaves, 25), Instant.parse("2026-11-27T02:00:00Z")));
        root = Hashes.hex(head.head().rootHash());
        List<LedgerEvent> record = new ArrayList<>();
        List<Long> leafIndexes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            if (ledger.get(i).aggregateIdentifier().equals("F-2026-003")) {
                record.add(ledger.get(i));
                leafIndexes.add((long) i);
            }
        }
        bundle = Files.write(files.resolve("bundle.json"), TranscriptBundles.toJson(TranscriptBundles.build("F-2026-003",
                Instant.parse("2026-11-27T02:05:00Z"), head, SIGNER.publicKey(), record, leafIndexes, leaves)));
        derKey = Files.write(files.resolve("ledger.der"), SIGNER.publicKey().getEncoded());
    }

    @Test
    void anIntactBundleVerifiesWithTheTrustedKeyAndExitsZero() {
        assertThat(run("bundle", bundle.toString(), "--public-key", derKey.toString())).isZero();
        assertThat(printed()).isEqualTo(V1_NOTE + "VERIFIED: 8 entries, tree size 25, root " + root + "\n");
    }

    @Test
    void theTrustedKeyMayBeGivenAsBase64OrPem() throws Exception {
        String base64 = Base64.getEncoder().encodeToString(SIGNER.publicKey().getEncoded());
        Path text = Files.writeString(files.resolve("ledger.pub.b64"), base64 + "\n");
        Path pem = Files.writeString(files.resolve("ledger.pem"),
                "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
        assertThat(run("bundle", bundle.toString(), "--public-key", text.toString())).isZero();
        assertThat(run("bundle", "--public-key", pem.toString(), bundle.toString())).isZero();
    }

    @Test
    void withoutATrustedKeyTheBundleIsCheckedAgainstItsOwnKeyAndSaysSo() {
        assertThat(run("bundle", bundle.toString())).isZero();
        assertThat(printed()).startsWith("note: no --public-key was given").contains("VERIFIED: 8 entries");
    }

    @Test
    void anAlteredBundleIsNotVerifiedAndExitsOne() throws Exception {
        String json = Files.readString(bundle);
        int at = json.indexOf("\"sequenceNumber\" : 3");
        Files.writeString(bundle, json.substring(0, at) + "\"sequenceNumber\" : 4" + json.substring(at + 20));
        assertThat(run("bundle", bundle.toString(), "--public-key", derKey.toString())).isEqualTo(1);
        assertThat(printed()).contains("leaf hash does not match the event")
                .contains("sequence numbers jump from 2 to 4: an entry is missing")
                .endsWith("NOT VERIFIED: 3 problems\n");
    }

    @Test
    void aBundleFromAnotherKeyIsNotVerified() throws Exception {
        Path other = Files.write(files.resolve("other.der"), Ed25519Keys.generate().getPublic().getEncoded());
        assertThat(run("bundle", bundle.toString(), "--public-key", other.toString())).isEqualTo(1);
        assertThat(printed()).contains("is not the key you trust");
    }

    @Test
    void textThatIsNotJsonIsNotVerified() throws Exception {
        Files.writeString(bundle, "{\"format\": ");
        assertThat(run("bundle", bundle.toString())).isEqualTo(1);
        assertThat(printed()).startsWith("the bundle is not valid JSON: ").endsWith("NOT VERIFIED: 1 problem\n");
    }

    @Test
    void wrongUsageExitsTwoWithTheUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(printed()).contains("usage:");
        for (String[] args : new String[][] {{"frobnicate"}, {"bundle"}, {"bundle", "a.json", "b.json"},
                {"bundle", bundle.toString(), "--public-key"}, {"bundle", bundle.toString(), "--colour", "red"},
                {"audit", "--jdbc-url", "jdbc:postgresql://127.0.0.1/x"}, {"audit", "--public-key", "k"}}) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
        }
        assertThat(run("--help")).isZero();
    }

    @Test
    void filesThatCannotBeReadExitTwo() throws Exception {
        assertThat(run("bundle", files.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(printed()).startsWith("error: cannot read the bundle");
        Path notAKey = Files.writeString(files.resolve("not-a-key"), "hello, world");
        assertThat(run("bundle", bundle.toString(), "--public-key", notAKey.toString())).isEqualTo(2);
    }

    @Test
    void theAuditOfAnIntactLedgerExitsZeroAndOfATamperedOneExitsOne() throws SQLException {
        try (Connection connection = database.connect()) {
            LedgerFixture.create(connection, SIGNER);
        }
        String[] audit = {"audit", "--jdbc-url", database.url(), "--user", database.user(), "--public-key", derKey.toString()};
        assertThat(run(audit)).isZero();
        assertThat(printed()).endsWith("VERIFIED: 30 events, 3 signed tree heads\n")
                .contains("note: position 32 (event evt-32, trainee F-2026-003) is not yet covered by a signed tree head");

        output.reset();
        try (Connection connection = database.connect()) {
            LedgerFixture.execute(connection, "DELETE FROM domain_event_entry WHERE global_index = 3");
        }
        assertThat(run(audit)).isEqualTo(1);
        assertThat(printed()).startsWith("leaves and events first part at position 3 (leaf 2): the event recorded there was deleted\n"
                + "position 3, recorded as leaf 2, is missing\n").endsWith("NOT VERIFIED: 3 problems\n");
    }

    @Test
    void anAuditWithTheWriterKeyNamesARowInsertedWithoutAMacAndExitsOne() throws Exception {
        try (Connection connection = database.connect()) {
            LedgerFixture.create(connection, SIGNER);
            LedgerFixture.insert(connection, LedgerFixture.event(40, "F-2026-004", 0), null);
        }
        // the key file as the ledger writes it (docs/ledger-proofs.md §2a)
        Path writerKey = Files.writeString(files.resolve("ledger-writer.key"), "cartledger:writer-key:v1\n"
                + Base64.getEncoder().encodeToString(LedgerFixture.WRITER.key()) + "\n0\n");
        String[] audit = {"audit", "--jdbc-url", database.url(), "--user", database.user(), "--public-key", derKey.toString()};

        assertThat(run(audit)).as("without the key the row looks like an event waiting for its leaf").isZero();
        assertThat(printed()).contains("note: writer MACs were not checked (no --writer-key)");
        output.reset();
        String[] withKey = Arrays.copyOf(audit, audit.length + 2);
        withKey[audit.length] = "--writer-key";
        withKey[audit.length + 1] = writerKey.toString();
        assertThat(run(withKey)).isEqualTo(1);
        assertThat(printed()).startsWith("the event at position 40 (event evt-40, record F-2026-004) carries no writer MAC")
                .endsWith("NOT VERIFIED: 1 problem\n");
        output.reset();
        Files.writeString(writerKey, "not a key\n");
        assertThat(run(withKey)).as("an unreadable key file is a check that could not be run").isEqualTo(2);
    }

    @Test
    void anAuditThatCannotReachTheDatabaseExitsTwo() {
        assertThat(run("audit", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none", "--user", "nobody", "--password", "x",
                "--public-key", derKey.toString())).isEqualTo(2);
        assertThat(printed()).startsWith("error: the audit could not read the ledger");
    }

    private int run(String... args) {
        return LedgerVerifier.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
