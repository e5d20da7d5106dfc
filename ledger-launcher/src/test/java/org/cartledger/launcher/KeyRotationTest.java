package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.util.Base64;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.BundleVerifier;
import org.cartledger.proof.bundle.TranscriptBundle;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.cartledger.proof.bundle.VerificationReport;
import org.cartledger.proof.keyrotation.KeyAnnouncement;
import org.cartledger.testing.TestDatabase;
import org.cartledger.verifier.AuditReport;
import org.cartledger.verifier.LedgerAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator rotates the signing key over HTTP (docs/ledger-proofs.md §4b): new heads are signed by the new key,
 * old heads keep theirs, an auditor who trusts only the first key follows the published chain, and a restart signs on
 * with the new key.
 */
class KeyRotationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path keys;

    @Test
    void afterARotationNewHeadsAreSignedByTheNewKeyAndAnAuditorTrustingTheFirstKeyFollowsTheChain() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            PublicKey firstKey;
            List<KeyAnnouncement> chain;
            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys)) {
                ledger.post("/api/trainees", Requests.enrollFellow("F-ROT-1"));
                JsonNode oldHead = ledger.signTreeHead();
                firstKey = publicKey(ledger);
                assertThat(oldHead.get("keyId").asString()).isEqualTo(Ed25519Keys.keyId(firstKey));

                assertThat(ledger.as("fac-wang", "FACULTY").post("/api/ledger/signing-key/rotation", "").status())
                        .as("only the administrator rotates").isEqualTo(403);
                RunningLedger.Response rotated = ledger.asAdmin().post("/api/ledger/signing-key/rotation", "");
                assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
                KeyAnnouncement announcement = JSON.readValue(rotated.body(), KeyAnnouncement.class);
                assertThat(announcement.oldKeyId()).isEqualTo(Ed25519Keys.keyId(firstKey));
                assertThat(announcement.effectiveFromTreeSize()).isEqualTo(oldHead.get("treeSize").asLong());

                PublicKey newKey = publicKey(ledger);
                assertThat(Ed25519Keys.keyId(newKey)).isEqualTo(announcement.newKeyId()).isNotEqualTo(Ed25519Keys.keyId(firstKey));
                JsonNode published = ledger.get("/api/ledger/signing-keys").json();
                assertThat(published.get("firstKey").get("keyId").asString()).isEqualTo(Ed25519Keys.keyId(firstKey));
                assertThat(published.get("currentKeyId").asString()).isEqualTo(announcement.newKeyId());
                chain = List.of(JSON.treeToValue(published.get("announcements").get(0), KeyAnnouncement.class));
                assertThat(chain).containsExactly(announcement);

                ledger.post("/api/trainees/F-ROT-1/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
                JsonNode newHead = ledger.signTreeHead();
                assertThat(newHead.get("keyId").asString()).isEqualTo(announcement.newKeyId());
                assertThat(TreeHeadSigner.verify(head(newHead), newKey)).isTrue();

                // the head signed before the rotation is stored as it was, and verifies with the first key
                JsonNode heads = ledger.get("/api/ledger/tree-heads").json();
                assertThat(TreeHeadSigner.verify(head(heads.get(0)), firstKey)).isTrue();
                assertThat(heads.get(0).get("keyId").asString()).isEqualTo(Ed25519Keys.keyId(firstKey));

                byte[] bundle = ledger.as("aud-lin", "AUDITOR").get("/api/trainees/F-ROT-1/transcript-bundle").body()
                        .getBytes(StandardCharsets.UTF_8);
                VerificationReport followed = BundleVerifier.verify(bundle, firstKey);
                assertThat(followed.failures()).isEmpty();
                assertThat(followed.complete()).isTrue();
                TranscriptBundle carried = TranscriptBundles.fromJson(bundle);
                assertThat(carried.keyAnnouncements()).containsExactly(announcement);
                TranscriptBundle stripped = new TranscriptBundle(carried.format(), carried.traineeId(), carried.exportedAt(),
                        carried.publicKey(), carried.treeHead(), carried.entries(), carried.recordMapProof(),
                        carried.consistencyProofs());
                assertThat(BundleVerifier.verify(TranscriptBundles.toJson(stripped), firstKey).verified())
                        .as("without the chain, the first key does not vouch for the new one").isFalse();

                try (Connection connection = database.connect()) {
                    AuditReport audited = LedgerAudit.audit(connection, firstKey, List.of(), chain);
                    assertThat(audited.problems()).isEmpty();
                    assertThat(audited.intact()).isTrue();
                    assertThat(LedgerAudit.audit(connection, firstKey).intact())
                            .as("the heads of the new key are not the first key's").isFalse();
                }
            }
            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys)) {
                assertThat(Ed25519Keys.keyId(publicKey(ledger))).isEqualTo(chain.get(0).newKeyId());
                ledger.post("/api/trainees/F-ROT-1/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY");
                JsonNode afterRestart = ledger.signTreeHead();
                assertThat(afterRestart.get("keyId").asString()).isEqualTo(chain.get(0).newKeyId());
                JsonNode tree = ledger.asAdmin().get("/actuator/health").json().get("components").get("ledgerTree");
                assertThat(tree.get("status").asString()).isEqualTo("UP");
                assertThat(tree.get("details").get("lastSignedTreeSize").asLong()).isEqualTo(afterRestart.get("treeSize").asLong());
                assertThat(ledger.get("/api/ledger/signing-keys").json().get("announcements").size()).isEqualTo(1);
            }
        }
    }

    @Test
    void aTreeHeadRowUnderTheReplacedKeysIdThatItDidNotSignStopsTheSigning() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = RunningLedger.startWithKeys(database, keys)) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-ROT-2"));
            long signed = ledger.signTreeHead().get("treeSize").asLong();
            assertThat(ledger.asAdmin().post("/api/ledger/signing-key/rotation", "").status()).isEqualTo(201);
            ledger.post("/api/trainees/F-ROT-2/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
            // a row in the old key's name, its signature copied from a head of another size: the old key never signed it
            rows.execute("INSERT INTO tree_head (tree_size, root_hash, timestamp, signature, key_id) SELECT tree_size + 1, "
                    + "root_hash, timestamp, signature, key_id FROM tree_head WHERE tree_size = " + signed);

            RunningLedger.Response refused = ledger.asAdmin().post("/api/ledger/tree-heads", "");

            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.json().get("changed").asString()).isEqualTo("tree-heads");
            assertThat(refused.json().get("detail").asString()).contains("is not signed by the ledger's key");
        }
    }

    private static PublicKey publicKey(RunningLedger ledger) {
        return Ed25519Keys.publicKey(Base64.getDecoder().decode(ledger.get("/api/ledger/public-key").json().get("spki").asString()));
    }

    private static org.cartledger.proof.SignedTreeHead head(JsonNode json) {
        return JSON.treeToValue(json, BundleTreeHead.class).toSignedTreeHead();
    }
}
