package org.cartledger.proof.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.keyrotation.SeededKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The cosignature of docs/ledger-proofs.md §4c: its test vector, and which cosignatures count for a head. */
class CosignatureTest {

    static final String WITNESS_SPKI = "MCowBQYDK2VwAyEA7UkoxijRwsbq6QM4kFmVYSlZJzpcY/k2NsFGFKyHN9E=";
    static final String WITNESS_KEY_ID = "8cef065b7af83669150b7d32704d3d3e75c3e9aee0d4f6740544c68e81b377aa";
    static final String SIGNED_TEXT = """
            cartledger:cosignature:v1
            witness-a
            8cef065b7af83669150b7d32704d3d3e75c3e9aee0d4f6740544c68e81b377aa
            fd110d301d2f077de1414b8f99f441b1403fab207b2052fbd2c065e4ee8e7dc2
            20
            e47bda717bed6f7d85aec8444b56e493cce265b8cb152e69e04a12b7d2a83dff
            05adad9dd4a04153a6725d123f8f9d31762383ad9e050b5f8ef7f482f0bfab5a
            2026-12-02T12:00:00Z""";
    static final String SIGNATURE = "HAZMKXT0XWlvJvugzRI1sDRMQLtyn2BcYhj4GQUhIr6EDLSDgD7eEPreI4Vmd4TGunI+K3F+vJ8zk5aqdxX2AQ==";

    private static final KeyPair LOG = SeededKeys.of(1);
    private static final KeyPair WITNESS_A = SeededKeys.of(3);
    private static final KeyPair WITNESS_B = SeededKeys.of(4);
    private static final Instant AT = Instant.parse("2026-12-02T12:00:00Z");
    private static final SignedTreeHead HEAD = new TreeHeadSigner(LOG).sign(new TreeHead(20,
            Hashes.unhex("e47bda717bed6f7d85aec8444b56e493cce265b8cb152e69e04a12b7d2a83dff"), Instant.parse("2026-12-02T11:59:00Z"),
            Hashes.unhex("05adad9dd4a04153a6725d123f8f9d31762383ad9e050b5f8ef7f482f0bfab5a")));
    private static final KnownWitnesses BOTH = KnownWitnesses.of(Map.of("witness-a", WITNESS_A.getPublic(),
            "witness-b", WITNESS_B.getPublic()));

    @Test
    void theSignedTextAndSignatureAreTheDocumentedVector() {
        Cosignature vector = Cosignature.sign("witness-a", WITNESS_A, HEAD, AT);

        assertThat(Base64.getEncoder().encodeToString(WITNESS_A.getPublic().getEncoded())).isEqualTo(WITNESS_SPKI);
        assertThat(Ed25519Keys.keyId(WITNESS_A.getPublic())).isEqualTo(WITNESS_KEY_ID);
        assertThat(new String(vector.signedBytes(), StandardCharsets.US_ASCII)).isEqualTo(SIGNED_TEXT);
        assertThat(vector.signature()).isEqualTo(SIGNATURE);
        assertThat(vector.isSignedBy(WITNESS_A.getPublic())).isTrue();
    }

    @Test
    void theJsonFormReadsBackToACosignatureThatStillVerifies() {
        JsonMapper json = JsonMapper.builder().build();
        BundleTreeHead published = BundleTreeHead.of(HEAD).withCosignatures(List.of(Cosignature.sign("witness-a", WITNESS_A, HEAD, AT)));

        BundleTreeHead read = json.readValue(json.writeValueAsString(published), BundleTreeHead.class);

        assertThat(read).isEqualTo(published);
        assertThat(CosignatureQuorum.check(read.toSignedTreeHead(), read.cosignatures(), BOTH, 1).met()).isTrue();
    }

    @Test
    void aCosignatureCheckedWithAnotherWitnessesKeyDoesNotCount() {
        Cosignature byA = Cosignature.sign("witness-a", WITNESS_A, HEAD, AT);
        KnownWitnesses wrongKey = KnownWitnesses.of(Map.of("witness-a", WITNESS_B.getPublic()));

        CosignatureQuorum.Result result = CosignatureQuorum.check(HEAD, List.of(byA), wrongKey, 1);

        assertThat(result.met()).isFalse();
        assertThat(result.notCounted()).singleElement().asString().contains("does not verify with the known key of witness-a");
    }

    @Test
    void aForgedCosignatureDoesNotCount() {
        Cosignature real = Cosignature.sign("witness-a", WITNESS_A, HEAD, AT);
        // the same statement signed by a key that only claims the witness's name and key id
        Cosignature byImpostor = Cosignature.sign("witness-a", WITNESS_B, HEAD, AT);
        Cosignature forged = new Cosignature(real.witness(), real.witnessKeyId(), real.logKeyId(), real.treeSize(),
                real.rootHash(), real.mapRootHash(), real.cosignedAt(), byImpostor.signature());

        assertThat(CosignatureQuorum.check(HEAD, List.of(forged), BOTH, 1).met()).isFalse();
        assertThat(CosignatureQuorum.check(HEAD, List.of(byImpostor), BOTH, 1).met()).as("a key id that is not the listed key's")
                .isFalse();
    }

    @Test
    void twoWitnessesAreRequiredAndOnlyOneCosignedSoTheHeadIsRefused() {
        CosignatureQuorum.Result result = CosignatureQuorum.check(HEAD,
                List.of(Cosignature.sign("witness-a", WITNESS_A, HEAD, AT), Cosignature.sign("witness-a", WITNESS_A, HEAD, AT.plusSeconds(60))),
                BOTH, 2);

        assertThat(result.met()).isFalse();
        assertThat(result.cosignedBy()).containsExactly("witness-a");
        assertThat(result.failure(HEAD)).contains("1 valid cosignature(s) by known witnesses (witness-a)", "not the 2 required");
    }

    @Test
    void twoKnownWitnessesMeetAQuorumOfTwoAndAreNamed() {
        CosignatureQuorum.Result result = CosignatureQuorum.check(HEAD, List.of(Cosignature.sign("witness-a", WITNESS_A, HEAD, AT),
                Cosignature.sign("witness-b", WITNESS_B, HEAD, AT)), BOTH, 2);

        assertThat(result.met()).isTrue();
        assertThat(result.cosignedBy()).containsExactly("witness-a", "witness-b");
    }

    @Test
    void aCosignatureOverAnOlderHeadDoesNotCountForANewerOne() {
        SignedTreeHead older = new TreeHeadSigner(LOG).sign(new TreeHead(19, Hashes.sha256(new byte[] {1}), AT, Hashes.sha256(new byte[] {2})));
        Cosignature stale = Cosignature.sign("witness-a", WITNESS_A, older, AT);

        CosignatureQuorum.Result result = CosignatureQuorum.check(HEAD, List.of(stale), BOTH, 1);

        assertThat(result.met()).isFalse();
        assertThat(result.notCounted()).singleElement().asString().contains("over another tree head than the one of size 20");
    }

    @Test
    void aCosignatureCopiedOntoAnotherRootOfTheSameSizeDoesNotCount() {
        Cosignature real = Cosignature.sign("witness-a", WITNESS_A, HEAD, AT);
        SignedTreeHead rolledBack = new TreeHeadSigner(LOG).sign(new TreeHead(20, Hashes.sha256(new byte[] {9}), AT,
                HEAD.head().mapRootHash()));
        Cosignature moved = new Cosignature(real.witness(), real.witnessKeyId(), real.logKeyId(), real.treeSize(),
                Hashes.hex(rolledBack.head().rootHash()), real.mapRootHash(), real.cosignedAt(), real.signature());

        assertThat(CosignatureQuorum.check(rolledBack, List.of(real), BOTH, 1).met()).isFalse();
        assertThat(CosignatureQuorum.check(rolledBack, List.of(moved), BOTH, 1).notCounted()).singleElement().asString()
                .contains("does not verify");
    }

    @Test
    void anUnknownWitnessDoesNotCount() {
        Cosignature byC = Cosignature.sign("witness-c", SeededKeys.of(5), HEAD, AT);

        assertThat(CosignatureQuorum.check(HEAD, List.of(byC), BOTH, 1).notCounted()).singleElement().asString()
                .contains("witness-c is not a known witness");
    }

    @Test
    void knownWitnessesAreReadFromNameEqualsKeyEntries() {
        KnownWitnesses read = KnownWitnesses.parse(List.of("# the program's witnesses", "",
                KnownWitnesses.entryOf("witness-a", WITNESS_A.getPublic())), "test");

        assertThat(read.keyOf("witness-a")).isEqualTo(WITNESS_A.getPublic());
        assertThat(read.keys()).hasSize(1);
    }
}
