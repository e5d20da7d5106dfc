package org.cartledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.BundleEntry;
import org.cartledger.proof.bundle.RecordMapProofJson;
import org.cartledger.proof.bundle.TranscriptBundle;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.cartledger.proof.recordmap.RecordMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ledger-verifier bundle} on bundles under a tree head of version 2, whose record map shows them whole. */
class CompleteTranscriptTest {

    private static final TreeHeadSigner SIGNER = new TreeHeadSigner(Ed25519Keys.generate());
    private static final String TRAINEE = "F-2026-003";

    @TempDir
    Path files;

    private Path derKey;
    private TranscriptBundle bundle;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void signAVersionTwoHeadAndBundle() throws Exception {
        List<LedgerEvent> ledger = LedgerFixture.events();
        List<byte[]> leaves = ledger.stream().map(LedgerEvent::leafHash).toList();
        RecordMap map = RecordMap.ofEvents(ledger.subList(0, 25));
        SignedTreeHead head = SIGNER.sign(new TreeHead(25, MerkleTree.rootHash(leaves, 25),
                Instant.parse("2026-11-27T02:00:00Z"), map.rootHash()));
        List<LedgerEvent> record = new ArrayList<>();
        List<Long> leafIndexes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            if (ledger.get(i).aggregateIdentifier().equals(TRAINEE)) {
                record.add(ledger.get(i));
                leafIndexes.add((long) i);
            }
        }
        bundle = TranscriptBundles.build(TRAINEE, Instant.parse("2026-11-27T02:05:00Z"), head, SIGNER.publicKey(), record,
                leafIndexes, leaves).withRecordMapProof(RecordMapProofJson.of(map.proof(TRAINEE).orElseThrow()));
        derKey = Files.write(files.resolve("ledger.der"), SIGNER.publicKey().getEncoded());
    }

    @Test
    void aWholeBundleVerifiesAsComplete() throws Exception {
        assertThat(verify(bundle)).isZero();
        assertThat(printed()).isEqualTo("VERIFIED: 8 entries, complete, tree size 25, root " + bundle.treeHead().rootHash()
                + "\n");
    }

    @Test
    void aBundleWithItsLastEntryDroppedIsNotVerified() throws Exception {
        assertThat(verify(withEntries(bundle.entries().subList(0, 7)))).isEqualTo(1);
        assertThat(printed()).contains("the bundle holds 7 entries, but the signed record map says the record has 8 up to "
                + "tree size 25: 1 are missing").endsWith("NOT VERIFIED: 2 problems\n");
    }

    @Test
    void aBundleOfItsFirstEntriesOnlyIsNotVerified() throws Exception {
        assertThat(verify(withEntries(bundle.entries().subList(0, 3)))).isEqualTo(1);
        assertThat(printed()).contains("the bundle holds 3 entries, but the signed record map says the record has 8")
                .endsWith("NOT VERIFIED: 2 problems\n");
    }

    @Test
    void anEmptiedBundleIsNotVerified() throws Exception {
        assertThat(verify(withEntries(List.of()))).isEqualTo(1);
        assertThat(printed()).contains("the bundle holds 0 entries").doesNotContain("VERIFIED: 0 entries")
                .endsWith("NOT VERIFIED: 2 problems\n");
    }

    @Test
    void aBundleStrippedOfItsRecordMapProofIsNotVerified() throws Exception {
        assertThat(verify(withEntries(List.of()).withRecordMapProof(null))).isEqualTo(1);
        assertThat(printed()).contains("the bundle carries no recordMapProof").endsWith("NOT VERIFIED: 1 problem\n");
    }

    private TranscriptBundle withEntries(List<BundleEntry> entries) {
        return new TranscriptBundle(bundle.format(), bundle.traineeId(), bundle.exportedAt(), bundle.publicKey(),
                bundle.treeHead(), entries, bundle.recordMapProof(), null);
    }

    private int verify(TranscriptBundle written) throws Exception {
        Path file = Files.write(files.resolve("bundle.json"), TranscriptBundles.toJson(written));
        return LedgerVerifier.run(new String[] {"bundle", file.toString(), "--public-key", derKey.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
