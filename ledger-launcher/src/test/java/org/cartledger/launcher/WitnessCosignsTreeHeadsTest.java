package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.WriterKey;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.TranscriptBundle;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.cartledger.proof.witness.Cosignature;
import org.cartledger.testing.TestDatabase;
import org.cartledger.verifier.LedgerVerifier;
import org.cartledger.verifier.witness.WitnessKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Witnesses countersign the ledger's tree heads (docs/ledger-proofs.md §4c): the witness process against a running
 * ledger cosigns, the ledger publishes the cosignature with the head and in bundles, and an auditor requiring it
 * verifies; after a rollback made in SQL by someone who also holds the key directory, the witness refuses to cosign
 * and a bundle over the rolled-back head fails the auditor's requirement.
 */
class WitnessCosignsTreeHeadsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;
    private Path keys;
    private WitnessKey witnessA;
    private WitnessKey witnessB;
    private Path witnessKeys;

    @BeforeEach
    void makeTwoWitnesses() throws Exception {
        keys = work.resolve("ledger-keys");
        assertThat(run("witness-key", "--out", work.resolve("witness-a").toString(), "--name", "witness-a")).isZero();
        witnessA = WitnessKey.read(work.resolve("witness-a"));
        witnessB = WitnessKey.create(work.resolve("witness-b"), "witness-b");
        witnessKeys = Files.writeString(work.resolve("witnesses.txt"), "# the program's witnesses\n" + witnessA.entry() + "\n"
                + witnessB.entry() + "\n");
    }

    @Test
    void aWitnessCosignsTheNewestHeadTheLedgerPublishesItAndABundleRequiringItVerifies() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = start(database)) {
            ledger.post("/api/trainees", Requests.enrollFellow("F-WIT-1"));
            long size = ledger.signTreeHead().get("treeSize").asLong();

            Run cosigned = witness(ledger, "witness-a");

            assertThat(cosigned.status()).as(cosigned.output()).isZero();
            assertThat(cosigned.output()).contains("COSIGNED: tree size " + size);
            JsonNode latest = ledger.get("/api/ledger/tree-heads/latest").json();
            assertThat(latest.get("cosignatures")).hasSize(1);
            assertThat(latest.get("cosignatures").get(0).get("witness").asString()).isEqualTo("witness-a");
            assertThat(ledger.get("/api/ledger/tree-heads").json().get(0).get("cosignatures")).hasSize(1);

            Path bundle = bundleOf(ledger, "F-WIT-1");
            assertThat(TranscriptBundles.fromJson(Files.readAllBytes(bundle)).treeHead().cosignatures()).hasSize(1);
            Run verified = verify(ledger, bundle, 1);
            assertThat(verified.status()).as(verified.output()).isZero();
            assertThat(verified.output()).contains("VERIFIED", "cosigned by witness-a");
            Run twoRequired = verify(ledger, bundle, 2);
            assertThat(twoRequired.status()).as(twoRequired.output()).isEqualTo(1);
            assertThat(twoRequired.output()).contains("carries 1 valid cosignature(s) by known witnesses (witness-a)",
                    "not the 2 required");

            // the ledger grows: the witness proves the new head extends the one it cosigned, and cosigns it too
            ledger.post("/api/trainees/F-WIT-1/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
            long grown = ledger.signTreeHead().get("treeSize").asLong();
            assertThat(witness(ledger, "witness-a").output()).contains("COSIGNED: tree size " + grown);
            Run again = witness(ledger, "witness-a");
            assertThat(again.status()).isZero();
            assertThat(again.output()).contains("COSIGNED: tree size " + grown, "handed in before");
            Path anotherKey = Files.write(work.resolve("not-the-ledgers.der"), Ed25519Keys.generate().getPublic().getEncoded());
            Run wrongKey = witness(ledger, "witness-b", "--ledger-key", anotherKey.toString());
            assertThat(wrongKey.status()).as(wrongKey.output()).isEqualTo(1);
            assertThat(wrongKey.output()).contains("REFUSED: the tree head (tree size " + grown + ") is signed by key id");
            // without --ledger-key the witness trusts the key the ledger answers now, and keeps it for later rounds
            Run firstUse = witness(ledger, "witness-b", new String[0]);
            assertThat(firstUse.output()).contains("no --ledger-key was given", "COSIGNED: tree size " + grown);
            Run both = verify(ledger, bundleOf(ledger, "F-WIT-1"), 2);
            assertThat(both.status()).as(both.output()).isZero();
            assertThat(both.output()).contains("cosigned by witness-a, witness-b");
        }
    }

    @Test
    void aRollbackAfterTheWitnessCosignedALaterHeadIsRefusedByTheWitnessAndByAnAuditorRequiringItsCosignature() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            EventStoreRows rows = new EventStoreRows(database);
            long signedSize;
            String cosignedRoot;
            try (RunningLedger ledger = start(database)) {
                ledger.post("/api/trainees", Requests.enrollFellow("F-WIT-2"));
                ledger.signTreeHead();
                assertThat(witness(ledger, "witness-a").status()).isZero();
                ledger.post("/api/trainees/F-WIT-2/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
                JsonNode head = ledger.signTreeHead();
                signedSize = head.get("treeSize").asLong();
                cosignedRoot = head.get("rootHash").asString();
                assertThat(witness(ledger, "witness-a").output()).contains("COSIGNED: tree size " + signedSize);
            }
            // an attacker holding the database and the key directory: the newest entry edited (and its writer MAC made anew
            // with the writer key from that directory), its leaf and the heads over it deleted, and the head the ledger
            // kept beside its key removed, so the ledger signs over the forgery
            long last = rows.queryLong("SELECT max(global_index) FROM domain_event_entry");
            rows.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER");
            rows.execute("ALTER TABLE ledger_leaf DISABLE TRIGGER USER");
            rows.execute("ALTER TABLE tree_head DISABLE TRIGGER USER");
            rows.execute("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                    + "'CRS_MANAGEMENT', 'TUMOR_STAGING'), 'UTF8') WHERE global_index = " + last);
            rows.execute("DELETE FROM ledger_leaf WHERE position >= " + last);
            rows.execute("DELETE FROM tree_head WHERE tree_size >= " + signedSize);
            rows.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER USER");
            rows.execute("ALTER TABLE ledger_leaf ENABLE TRIGGER USER");
            rows.execute("ALTER TABLE tree_head ENABLE TRIGGER USER");
            rows.remac(WriterKey.read(keys.resolve(WriterKey.FILE_NAME)), last);
            Files.delete(keys.resolve("last-signed-tree-head.json"));

            try (RunningLedger ledger = start(database)) {
                Run smaller = witness(ledger, "witness-a");
                assertThat(smaller.status()).as(smaller.output()).isEqualTo(1);
                assertThat(smaller.output()).contains("REFUSED: ROLLBACK", "smaller than the head of size " + signedSize);

                JsonNode forged = ledger.signTreeHead();
                assertThat(forged.get("treeSize").asLong()).as("the ledger re-signed the rolled-back tail").isEqualTo(signedSize);
                assertThat(forged.get("rootHash").asString()).isNotEqualTo(cosignedRoot);
                Run fork = witness(ledger, "witness-a");
                assertThat(fork.status()).as(fork.output()).isEqualTo(1);
                assertThat(fork.output()).contains("REFUSED: FORK", "this witness cosigned root " + cosignedRoot);
                assertThat(ledger.get("/api/ledger/tree-heads/latest").json().has("cosignatures")).as("nothing cosigned it").isFalse();

                Path bundle = bundleOf(ledger, "F-WIT-2");
                Run refused = verify(ledger, bundle, 1);
                assertThat(refused.status()).as(refused.output()).isEqualTo(1);
                assertThat(refused.output()).contains("carries 0 valid cosignature(s)", "NOT VERIFIED");

                // the witness's cosignature of the real head, copied into the bundle over the forged one, does not count
                BundleTreeHead kept = JSON.readValue(work.resolve("state-witness-a/cosigned-tree-head.json").toFile(), BundleTreeHead.class);
                TranscriptBundle forgedBundle = TranscriptBundles.fromJson(Files.readAllBytes(bundle));
                Files.write(bundle, TranscriptBundles.toJson(forgedBundle.withTreeHead(forgedBundle.treeHead()
                        .withCosignatures(kept.cosignatures()))));
                Run copied = verify(ledger, bundle, 1);
                assertThat(copied.status()).as(copied.output()).isEqualTo(1);
                assertThat(copied.output()).contains("does not count: it is over another tree head");
            }
        }
    }

    @Test
    void theLedgerRefusesCosignaturesOfUnknownWitnessesForgedOnesAndThoseOverHeadsItDidNotSign() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = start(database)) {
            ledger.post("/api/trainees", Requests.enrollFellow("F-WIT-3"));
            SignedTreeHead head = JSON.treeToValue(ledger.signTreeHead(), BundleTreeHead.class).toSignedTreeHead();
            long size = head.head().treeSize();
            WitnessKey stranger = WitnessKey.create(work.resolve("witness-c"), "witness-c");
            Instant now = Instant.now();

            assertRefused(ledger, size, Cosignature.sign("witness-c", stranger.keys(), head, now), 422, "unknown-witness");
            Cosignature byStranger = Cosignature.sign("witness-a", stranger.keys(), head, now);
            Cosignature real = Cosignature.sign("witness-a", witnessA.keys(), head, now);
            assertRefused(ledger, size, new Cosignature(real.witness(), real.witnessKeyId(), real.logKeyId(), real.treeSize(),
                    real.rootHash(), real.mapRootHash(), real.cosignedAt(), byStranger.signature()), 422, "cosignature-not-verified");
            assertRefused(ledger, size, byStranger, 422, "unknown-witness");
            SignedTreeHead unsigned = new SignedTreeHead(new TreeHead(size + 100, head.head().rootHash(), now,
                    head.head().mapRootHash()), new byte[TreeHeadSigner.SIGNATURE_LENGTH], head.keyId());
            assertRefused(ledger, size + 100, Cosignature.sign("witness-a", witnessA.keys(), unsigned, now), 404, "no-tree-head");
            SignedTreeHead otherRoot = new SignedTreeHead(new TreeHead(size, Hashes.sha256(new byte[] {7}), now,
                    head.head().mapRootHash()), new byte[TreeHeadSigner.SIGNATURE_LENGTH], head.keyId());
            assertRefused(ledger, size, Cosignature.sign("witness-a", witnessA.keys(), otherRoot, now), 409, "cosigned-another-head");
            for (String[] hostile : new String[][] {{"" + size, "not json"}, {"" + size, "{\"treeSize\":\"abc\"}"},
                    {"" + size, JSON.writeValueAsString(real).replace("\"witness-a\"", "\"' OR '1'='1'; --\"")},
                    {"" + size, JSON.writeValueAsString(real).replace(real.rootHash(), "<script>alert(1)</script>")},
                    {"abc", JSON.writeValueAsString(real)}, {"" + (size + 1), JSON.writeValueAsString(real)}}) {
                RunningLedger.Response refused = ledger.as("aud-lin", "AUDITOR").post("/api/ledger/tree-heads/" + hostile[0]
                        + "/cosignatures", hostile[1]);
                assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
                assertThat(refused.contentType()).as(refused.toString()).startsWith("application/problem+json");
            }
            assertThat(ledger.get("/api/ledger/tree-heads/latest").json().has("cosignatures")).as("none was kept").isFalse();

            RunningLedger.Response kept = ledger.as("aud-lin", "AUDITOR").post("/api/ledger/tree-heads/" + size + "/cosignatures",
                    JSON.writeValueAsString(real));
            assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
            assertThat(ledger.anonymous().post("/api/ledger/tree-heads/" + size + "/cosignatures", JSON.writeValueAsString(real))
                    .status()).as("signed in, like every request").isEqualTo(401);
            assertThat(new EventStoreRows(database).queryLong("SELECT count(*) FROM tree_head_cosignature")).isEqualTo(1);
        }
    }

    private void assertRefused(RunningLedger ledger, long size, Cosignature cosignature, int status, String rule) {
        RunningLedger.Response refused = ledger.as("aud-lin", "AUDITOR").post("/api/ledger/tree-heads/" + size + "/cosignatures",
                JSON.writeValueAsString(cosignature));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asString()).isEqualTo(rule);
    }

    private RunningLedger start(TestDatabase database) {
        Map<String, Object> settings = new HashMap<>(database.springProperties());
        settings.put("ledger.integrity.key-directory", keys.toString());
        settings.put("ledger.integrity.witnesses", witnessA.entry() + "," + witnessB.entry());
        // the test decides which heads there are, and which of them the witnesses see
        settings.put("ledger.integrity.sign-after-writes", "PT0S");
        return RunningLedger.start(settings);
    }

    /** One round of the witness named, signed in as the auditor, its state kept in the test's directory. */
    private Run witness(RunningLedger ledger, String name) throws Exception {
        return witness(ledger, name, "--ledger-key", ledgerKey(ledger).toString());
    }

    private Run witness(RunningLedger ledger, String name, String... ledgerKey) throws Exception {
        ledger.as("aud-lin", "AUDITOR");
        Path password = Files.writeString(work.resolve("password"), RunningLedger.passwordOf("aud-lin"));
        List<String> args = new ArrayList<>(List.of("witness", "--ledger", ledger.baseUrl(), "--key", work.resolve(name).toString(),
                "--state", work.resolve("state-" + name).toString(), "--user", "aud-lin", "--password-file", password.toString(),
                "--once"));
        args.addAll(List.of(ledgerKey));
        return runWithOutput(args.toArray(String[]::new));
    }

    private Run verify(RunningLedger ledger, Path bundle, int required) throws Exception {
        return runWithOutput("bundle", bundle.toString(), "--public-key", ledgerKey(ledger).toString(),
                "--witness-keys", witnessKeys.toString(), "--require-cosignatures", Integer.toString(required));
    }

    private Path bundleOf(RunningLedger ledger, String traineeId) throws Exception {
        RunningLedger.Response bundle = ledger.get("/api/trainees/" + traineeId + "/transcript-bundle");
        assertThat(bundle.status()).as(bundle.toString()).isEqualTo(200);
        return Files.writeString(work.resolve("bundle-" + traineeId + ".json"), bundle.body());
    }

    private Path ledgerKey(RunningLedger ledger) throws Exception {
        return Files.writeString(work.resolve("ledger.pub"), ledger.get("/api/ledger/public-key").json().get("spki").asString());
    }

    private static int run(String... args) {
        return runWithOutput(args).status();
    }

    private static Run runWithOutput(String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = LedgerVerifier.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
        return new Run(status, output.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String output) {
    }
}
