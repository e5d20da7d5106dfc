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
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.ConsistencyProofJson;
import org.cartledger.proof.bundle.TranscriptBundle;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Heads an auditor kept, given to the verifier ({@code --kept-heads}): a bundle or a ledger that does not extend every
 * one of them is refused, which is what exposes a transcript truncated to an older head and a rolled-back tail.
 */
class KeptHeadsTest {

    private static final TreeHeadSigner SIGNER = new TreeHeadSigner(Ed25519Keys.generate());
    private static final List<LedgerEvent> LEDGER = LedgerFixture.events();
    private static final List<byte[]> LEAVES = LEDGER.stream().map(LedgerEvent::leafHash).toList();
    private static final Instant SIGNED_AT = Instant.parse("2026-11-27T02:00:00Z");
    private static TestDatabase database;

    @TempDir
    Path files;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void aBundleWhoseHeadIsTheKeptOneVerifiesAndSaysSo() throws Exception {
        assertThat(verifyBundle(bundle(25, List.of()), keep(head(25)))).isZero();
        assertThat(printed()).isEqualTo(LedgerVerifierTest.V1_NOTE + "VERIFIED: 8 entries, tree size 25, root " + Hashes.hex(head(25).head().rootHash())
                + ", extending 1 kept tree head\n");
    }

    @Test
    void aBundleCarryingAConsistencyProofFromEachKeptHeadVerifies() throws Exception {
        Path kept = Files.createDirectory(files.resolve("kept"));
        write(kept.resolve("a.json"), head(10));
        write(kept.resolve("b.json"), head(20));
        Files.writeString(kept.resolve("notes.txt"), "not a head, and not read");
        assertThat(verifyBundle(bundle(25, List.of(proof(10, 25), proof(20, 25))), kept)).as(printed()).isZero();
        assertThat(printed()).endsWith("extending 2 kept tree heads\n");
    }

    @Test
    void aBundleSignedBeforeAKeptHeadIsRefusedAsPossiblyTruncated() throws Exception {
        assertThat(verifyBundle(bundle(20, List.of()), keep(head(25)))).isEqualTo(1);
        assertThat(printed()).contains("the bundle's tree head (size 20) is older than the kept tree head of size 25",
                "truncated or rolled-back transcript").endsWith("NOT VERIFIED: 1 problem\n");
    }

    @Test
    void anEmptiedBundleOfAnOlderHeadIsRefusedToo() throws Exception {
        String json = new String(TranscriptBundles.toJson(bundle(10, List.of())), StandardCharsets.UTF_8);
        Path emptied = Files.writeString(files.resolve("emptied.json"),
                json.substring(0, json.indexOf("\"entries\"")) + "\"entries\" : [ ]\n}");
        assertThat(verifyBundle(emptied, keep(head(25)))).isEqualTo(1);
        assertThat(printed()).contains("is older than the kept tree head of size 25");
    }

    @Test
    void aBundleWithoutAProofFromAnOlderKeptHeadSaysHowToAskForOne() throws Exception {
        assertThat(verifyBundle(bundle(25, List.of()), keep(head(20)))).isEqualTo(1);
        assertThat(printed()).contains("carries no consistency proof from the kept tree head of size 20",
                "?consistencyFrom=20");
    }

    @Test
    void aBundleFromARewrittenHistoryDoesNotExtendTheKeptHead() throws Exception {
        // the auditor kept a head of size 20 over the original history; the ledger since rewrote leaf 15 and re-signed
        List<byte[]> rewritten = new ArrayList<>(LEAVES);
        rewritten.set(15, MerkleTree.leafHash("forged".getBytes(StandardCharsets.UTF_8)));
        SignedTreeHead keptBefore = SIGNER.sign(new TreeHead(20, MerkleTree.rootHash(rewritten, 20), SIGNED_AT));
        assertThat(verifyBundle(bundle(25, List.of(proof(20, 25))), keep(keptBefore))).isEqualTo(1);
        assertThat(printed()).contains("does not extend the kept tree head of size 20", "rewritten");
    }

    @Test
    void aKeptHeadTheLedgerDidNotSignIsRefused() throws Exception {
        SignedTreeHead forged = new TreeHeadSigner(Ed25519Keys.generate()).sign(head(25).head());
        assertThat(verifyBundle(bundle(25, List.of()), keep(forged))).isEqualTo(1);
        assertThat(printed()).contains("its signature does not verify with the ledger's public key");
    }

    @Test
    void aFileThatHoldsNoHeadCannotBeChecked() throws Exception {
        Path notAHead = Files.writeString(files.resolve("head.json"), "{\"treeSize\": 3}");
        assertThat(verifyBundle(bundle(25, List.of()), notAHead)).isEqualTo(2);
        assertThat(printed()).startsWith("error: ").contains("is not a signed tree head");
    }

    @Test
    void anAuditWithAKeptHeadCatchesATailRolledBackWithItsHeads() throws Exception {
        try (Connection connection = database.connect()) {
            LedgerFixture.create(connection, SIGNER);
            // the newest events deleted together with their leaves and the head over them: the rest is consistent
            LedgerFixture.execute(connection, "DELETE FROM domain_event_entry WHERE global_index > " + LEDGER.get(19).position(),
                    "DELETE FROM ledger_leaf WHERE leaf_index >= 20", "DELETE FROM tree_head WHERE tree_size > 20");
            assertThat(LedgerAudit.audit(connection, SIGNER.publicKey()).intact()).as("without a kept head it passes").isTrue();

            AuditReport report = LedgerAudit.audit(connection, SIGNER.publicKey(), List.of(head(25)));

            assertThat(report.intact()).isFalse();
            assertThat(report.problems()).containsExactly(
                    "the kept tree head of size 25 (root " + Hashes.hex(head(25).head().rootHash()) + ", made 2026-11-27T02:00:00Z)"
                            + " is not in tree_head: the ledger signed it, so tree heads were deleted or altered since",
                    "the kept tree head of size 25 (root " + Hashes.hex(head(25).head().rootHash()) + ", made 2026-11-27T02:00:00Z)"
                            + ": the ledger now holds only 20 events, so events it had signed were deleted (its tail was rolled back)");
        }
    }

    @Test
    void anAuditWithKeptHeadsOfTheSameHistoryVerifiesAndWithAForgedOneDoesNot() throws SQLException {
        try (Connection connection = database.connect()) {
            LedgerFixture.create(connection, SIGNER);
            SignedTreeHead stored = storedHead(connection, 20);
            assertThat(LedgerAudit.audit(connection, SIGNER.publicKey(), List.of(stored)).intact()).isTrue();

            SignedTreeHead otherKey = new TreeHeadSigner(Ed25519Keys.generate()).sign(stored.head());
            assertThat(LedgerAudit.audit(connection, SIGNER.publicKey(), List.of(otherKey)).problems())
                    .singleElement().asString().contains("signature does not verify");
        }
    }

    @Test
    void anAuditWhoseEventsWereRewrittenUnderAKeptHeadNamesIt() throws Exception {
        try (Connection connection = database.connect()) {
            LedgerFixture.create(connection, SIGNER);
            Path kept = keep(storedHead(connection, 25));
            LedgerFixture.execute(connection, "UPDATE domain_event_entry SET time_stamp = '2026-01-01T00:00:00.000Z' "
                    + "WHERE global_index = " + LEDGER.get(22).position());
            String[] audit = {"audit", "--jdbc-url", database.url(), "--user", database.user(), "--public-key", key().toString(),
                    "--kept-heads", kept.toString()};
            assertThat(run(audit)).isEqualTo(1);
            assertThat(printed()).contains("the kept tree head of size 25", "is not reproduced by the first 25 events");
        }
    }

    private static SignedTreeHead head(int size) {
        return SIGNER.sign(new TreeHead(size, MerkleTree.rootHash(LEAVES, size), SIGNED_AT));
    }

    private static SignedTreeHead storedHead(Connection connection, long size) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT tree_size, root_hash, timestamp, signature, key_id FROM tree_head "
                + "WHERE tree_size = ?")) {
            statement.setLong(1, size);
            try (var row = statement.executeQuery()) {
                row.next();
                return new SignedTreeHead(new TreeHead(row.getLong(1), row.getBytes(2),
                        row.getObject(3, java.time.OffsetDateTime.class).toInstant()), row.getBytes(4), row.getString(5));
            }
        }
    }

    private static ConsistencyProofJson proof(int from, int to) {
        return ConsistencyProofJson.of(from, to, MerkleTree.rootHash(LEAVES, from), MerkleTree.rootHash(LEAVES, to),
                MerkleTree.consistencyPath(LEAVES, from, to));
    }

    /** Trainee F-2026-003's entries covered by a head of this size, with the given consistency proofs. */
    private static TranscriptBundle bundle(int size, List<ConsistencyProofJson> proofs) {
        List<LedgerEvent> record = new ArrayList<>();
        List<Long> leafIndexes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (LEDGER.get(i).aggregateIdentifier().equals("F-2026-003")) {
                record.add(LEDGER.get(i));
                leafIndexes.add((long) i);
            }
        }
        TranscriptBundle bundle = TranscriptBundles.build("F-2026-003", SIGNED_AT, head(size), SIGNER.publicKey(), record,
                leafIndexes, LEAVES);
        return proofs.isEmpty() ? bundle : bundle.withConsistencyProofs(proofs);
    }

    private int verifyBundle(TranscriptBundle bundle, Path kept) throws Exception {
        return verifyBundle(Files.write(files.resolve("bundle.json"), TranscriptBundles.toJson(bundle)), kept);
    }

    private int verifyBundle(Path bundle, Path kept) throws Exception {
        return run("bundle", bundle.toString(), "--public-key", key().toString(), "--kept-heads", kept.toString());
    }

    private Path key() throws Exception {
        return Files.write(files.resolve("ledger.der"), SIGNER.publicKey().getEncoded());
    }

    private Path keep(SignedTreeHead head) throws Exception {
        return write(files.resolve("kept-" + head.head().treeSize() + ".json"), head);
    }

    private static Path write(Path file, SignedTreeHead head) throws Exception {
        return Files.write(file, JsonMapper.builder().build().writeValueAsBytes(BundleTreeHead.of(head)));
    }

    private int run(String... args) {
        return LedgerVerifier.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
