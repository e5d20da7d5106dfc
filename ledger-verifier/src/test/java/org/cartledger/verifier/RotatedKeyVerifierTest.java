package org.cartledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.cartledger.proof.keyrotation.KeyAnnouncement;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * ledger-verifier over a ledger whose key was rotated after the head of size 25: the auditor trusts only the first key
 * and is given the announcement chain (docs/ledger-proofs.md §4b) with --key-announcements.
 */
class RotatedKeyVerifierTest {

    private static final KeyPair FIRST = Ed25519Keys.generate();
    private static final KeyPair SECOND = Ed25519Keys.generate();
    private static final KeyAnnouncement ROTATION = KeyAnnouncement.sign(FIRST, SECOND, 25, Instant.parse("2026-11-28T00:00:00Z"));
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

    /** The ledger of LedgerFixture signed by the first key at 10, 20 and 25, then by the second key at 28. */
    private void rotatedLedger(Connection connection) throws Exception {
        List<LedgerEvent> events = LedgerFixture.create(connection, new TreeHeadSigner(FIRST));
        List<byte[]> leaves = events.stream().map(LedgerEvent::leafHash).toList();
        LedgerFixture.sign(connection, new TreeHeadSigner(SECOND).sign(new TreeHead(LedgerFixture.RECORDED,
                MerkleTree.rootHash(leaves, LedgerFixture.RECORDED), Instant.parse("2026-11-28T01:00:00Z"))));
    }

    private Path chainFile(List<KeyAnnouncement> announcements) throws Exception {
        return Files.write(files.resolve("signing-keys.json"), JsonMapper.builder().build().writeValueAsBytes(
                java.util.Map.of("announcements", announcements)));
    }

    private Path key(KeyPair keys) throws Exception {
        return Files.write(files.resolve("first.der"), keys.getPublic().getEncoded());
    }

    @Test
    void anAuditAcrossTheRotationIsCleanWithTheChainAndNotWithoutIt() throws Exception {
        try (Connection connection = database.connect()) {
            rotatedLedger(connection);
            String[] audit = {"audit", "--jdbc-url", database.url(), "--user", database.user(), "--public-key", key(FIRST).toString()};
            assertThat(run(append(audit, "--key-announcements", chainFile(List.of(ROTATION)).toString()))).as(printed()).isZero();
            assertThat(printed()).contains("VERIFIED: ", "4 signed tree heads");

            output.reset();
            assertThat(run(audit)).isEqualTo(LedgerVerifier.NOT_VERIFIED);
            assertThat(printed()).contains("tree head of size 28").contains("not the trusted key");
        }
    }

    @Test
    void anAuditGivenAForgedAnnouncementNamesItAndTrustsOnlyTheFirstKey() throws Exception {
        KeyPair stranger = Ed25519Keys.generate();
        KeyAnnouncement strangers = KeyAnnouncement.sign(stranger, SECOND, 25, Instant.parse("2026-11-28T00:00:00Z"));
        KeyAnnouncement forged = new KeyAnnouncement(ROTATION.oldKeyId(), strangers.newKeyId(), strangers.newPublicKey(), 25,
                strangers.announcedAt(), strangers.oldKeySignature(), strangers.newKeySignature());
        try (Connection connection = database.connect()) {
            rotatedLedger(connection);
            AuditReport report = LedgerAudit.audit(connection, FIRST.getPublic(), List.of(), List.of(forged));
            assertThat(report.intact()).isFalse();
            assertThat(report.problems()).anyMatch(p -> p.contains("key announcement 0 is not signed by key id "
                    + Ed25519Keys.keyId(FIRST.getPublic())));
            assertThat(report.problems()).anyMatch(p -> p.startsWith("tree head of size 28"));
        }
    }

    @Test
    void anAuditRefusesAHeadTheFirstKeySignedAfterItWasReplaced() throws Exception {
        try (Connection connection = database.connect()) {
            List<LedgerEvent> events = LedgerFixture.create(connection, new TreeHeadSigner(FIRST));
            List<byte[]> leaves = events.stream().map(LedgerEvent::leafHash).toList();
            SignedTreeHead late = new TreeHeadSigner(FIRST).sign(new TreeHead(LedgerFixture.RECORDED,
                    MerkleTree.rootHash(leaves, LedgerFixture.RECORDED), Instant.parse("2026-11-28T01:00:00Z")));
            LedgerFixture.sign(connection, late);
            AuditReport report = LedgerAudit.audit(connection, FIRST.getPublic(), List.of(), List.of(ROTATION));
            assertThat(report.problems()).anyMatch(p -> p.contains("signs heads of tree sizes 0 to 25, not of size 28"));
        }
    }

    @Test
    void aBundleUnderTheNewKeyVerifiesOnTheCommandLineWithTheChainAndFailsWithoutIt() throws Exception {
        List<LedgerEvent> ledger = LedgerFixture.events();
        List<byte[]> leaves = ledger.stream().map(LedgerEvent::leafHash).toList();
        SignedTreeHead head = new TreeHeadSigner(SECOND).sign(new TreeHead(28, MerkleTree.rootHash(leaves, 28),
                Instant.parse("2026-11-28T01:00:00Z")));
        List<LedgerEvent> record = new ArrayList<>();
        List<Long> leafIndexes = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            if (ledger.get(i).aggregateIdentifier().equals("F-2026-003")) {
                record.add(ledger.get(i));
                leafIndexes.add((long) i);
            }
        }
        Path bundle = Files.write(files.resolve("bundle.json"), TranscriptBundles.toJson(TranscriptBundles.build("F-2026-003",
                Instant.parse("2026-11-28T01:05:00Z"), head, SECOND.getPublic(), record, leafIndexes, leaves)));
        String firstKey = key(FIRST).toString();

        assertThat(run("bundle", bundle.toString(), "--public-key", firstKey, "--key-announcements",
                chainFile(List.of(ROTATION)).toString())).as(printed()).isZero();
        assertThat(printed()).contains("VERIFIED: ");

        output.reset();
        assertThat(run("bundle", bundle.toString(), "--public-key", firstKey)).isEqualTo(LedgerVerifier.NOT_VERIFIED);
        assertThat(printed()).contains("is not the key you trust");

        output.reset();
        Files.writeString(files.resolve("broken.json"), "{ not json");
        assertThat(run("bundle", bundle.toString(), "--public-key", firstKey, "--key-announcements",
                files.resolve("broken.json").toString())).isEqualTo(LedgerVerifier.CANNOT_CHECK);
        assertThat(printed()).startsWith("error: the key announcements");
    }

    private static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private int run(String... args) {
        return LedgerVerifier.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
