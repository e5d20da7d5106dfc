package org.cartledger.proof.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SampleLedger;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.recordmap.RecordMap;
import org.junit.jupiter.api.Test;

/** Condition 7 of docs/ledger-proofs.md §6: under a head of version 2 a bundle must hold the whole record. */
class BundleCompletenessTest {

    private static final KeyPair KEYS = Ed25519Keys.generate();
    private static final TreeHeadSigner SIGNER = new TreeHeadSigner(KEYS);
    private static final String TRAINEE = "F-2026-002";

    /** F-2026-002's bundle from a sample ledger of 60 events signed at 50 (version 2): 17 entries. */
    private static final TranscriptBundle BUNDLE = completeBundleOf(TRAINEE, 60, 50);

    static TranscriptBundle completeBundleOf(String trainee, int ledgerSize, int signedSize) {
        List<LedgerEvent> ledger = SampleLedger.events(ledgerSize);
        List<byte[]> leaves = SampleLedger.leafHashes(ledger);
        RecordMap map = RecordMap.ofEvents(ledger.subList(0, signedSize));
        SignedTreeHead head = SIGNER.sign(new TreeHead(signedSize, MerkleTree.rootHash(leaves, signedSize),
                Instant.parse("2026-11-27T02:00:00Z"), map.rootHash()));
        List<LedgerEvent> record = new ArrayList<>();
        List<Long> leafIndexes = new ArrayList<>();
        for (int i = 0; i < signedSize; i++) {
            if (ledger.get(i).aggregateIdentifier().equals(trainee)) {
                record.add(ledger.get(i));
                leafIndexes.add((long) i);
            }
        }
        return TranscriptBundles.build(trainee, Instant.parse("2026-11-27T02:05:00Z"), head, SIGNER.publicKey(), record,
                leafIndexes, leaves).withRecordMapProof(RecordMapProofJson.of(map.proof(trainee).orElseThrow()));
    }

    @Test
    void aWholeBundleUnderAVersionTwoHeadVerifiesAsComplete() {
        VerificationReport report = verify(BUNDLE);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.complete()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(17);
        assertThat(BUNDLE.recordMapProof().count()).isEqualTo(17);
        assertThat(BUNDLE.recordMapProof().lastPosition()).isEqualTo(BUNDLE.entries().get(16).event().position());
    }

    @Test
    void aBundleUnderAVersionOneHeadStillVerifiesButIsNotShownComplete() {
        VerificationReport report = BundleVerifier.verify(BundleVerifierTest.bundleOf(TRAINEE, 23, 20),
                null);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.complete()).isFalse();
    }

    @Test
    void aBundleWithItsNewestEntryDroppedIsRefused() {
        long last = BUNDLE.entries().get(16).event().position();
        long beforeLast = BUNDLE.entries().get(15).event().position();
        VerificationReport report = verify(withEntries(BUNDLE.entries().subList(0, 16)));
        assertThat(report.verified()).isFalse();
        assertThat(report.complete()).isFalse();
        assertThat(report.failures()).containsExactly(
                "the bundle holds 16 entries, but the signed record map says the record has 17 up to tree size 50: 1 are missing",
                "the bundle's last entry is at position " + beforeLast + ", but the signed record map puts the record's "
                        + "last entry at position " + last);
    }

    @Test
    void aBundleOfOnlyTheFirstTenEntriesIsRefused() {
        VerificationReport report = verify(withEntries(BUNDLE.entries().subList(0, 10)));
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).contains(
                "the bundle holds 10 entries, but the signed record map says the record has 17 up to tree size 50: 7 are missing");
    }

    @Test
    void anEmptiedBundleIsRefused() {
        VerificationReport report = verify(withEntries(List.of()));
        assertThat(report.verified()).isFalse();
        assertThat(report.entriesChecked()).isZero();
        assertThat(report.failures()).containsExactly(
                "the bundle holds 0 entries, but the signed record map says the record has 17 up to tree size 50: 17 are missing",
                "the bundle's last entry is absent, but the signed record map puts the record's last entry at position "
                        + BUNDLE.recordMapProof().lastPosition());
    }

    @Test
    void aBundleUnderAVersionTwoHeadWithoutItsRecordMapProofIsRefused() {
        VerificationReport report = verify(BUNDLE.withRecordMapProof(null));
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).containsExactly("the tree head commits to a record map, but the bundle carries no "
                + "recordMapProof: it cannot show that it holds every entry of the record");
        // dropping entries and the proof together is no way round it
        assertThat(verify(withEntries(List.of()).withRecordMapProof(null)).verified()).isFalse();
    }

    @Test
    void aRecordMapProofWithALoweredCountOrAnotherLastPositionDoesNotLeadToTheSignedMapRoot() {
        RecordMapProofJson proof = BUNDLE.recordMapProof();
        RecordMapProofJson lowered = new RecordMapProofJson(proof.recordId(), 16L, BUNDLE.entries().get(15).event().position(),
                proof.index(), proof.mapSize(), proof.auditPath());
        VerificationReport report = verify(withEntries(BUNDLE.entries().subList(0, 16)).withRecordMapProof(lowered));
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).singleElement().asString()
                .startsWith("recordMapProof does not lead from the record head (16 entries, the last at position ");
    }

    @Test
    void anotherTraineesRecordMapProofIsRefused() {
        TranscriptBundle other = completeBundleOf("F-2026-001", 60, 50);
        VerificationReport report = verify(BUNDLE.withRecordMapProof(other.recordMapProof()));
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).contains("recordMapProof is for record F-2026-001, not the bundle's trainee F-2026-002");
    }

    @Test
    void aRecordMapProofMissingAFieldIsRefusedByName() {
        RecordMapProofJson proof = BUNDLE.recordMapProof();
        VerificationReport report = verify(BUNDLE.withRecordMapProof(new RecordMapProofJson(proof.recordId(), null,
                proof.lastPosition(), proof.index(), proof.mapSize(), proof.auditPath())));
        assertThat(report.failures()).containsExactly("recordMapProof.count is missing");
    }

    @Test
    void aChangedOrRemovedMapRootBreaksTheTreeHeadSignature() {
        BundleTreeHead head = BUNDLE.treeHead();
        byte[] otherRoot = Hashes.unhex(head.mapRootHash());
        otherRoot[0] ^= 1;
        BundleTreeHead altered = new BundleTreeHead(head.treeSize(), head.rootHash(), head.timestamp(), head.signature(),
                head.keyId(), Hashes.hex(otherRoot));
        assertThat(verify(withHead(altered)).failures()).first().asString()
                .startsWith("the tree head signature does not verify");
        // read as a head of version 1, the signature (over version 2's text) does not verify either
        BundleTreeHead asVersionOne = new BundleTreeHead(head.treeSize(), head.rootHash(), head.timestamp(), head.signature(),
                head.keyId());
        assertThat(verify(withHead(asVersionOne).withRecordMapProof(null)).failures()).first().asString()
                .startsWith("the tree head signature does not verify");
    }

    @Test
    void aRecordMapProofUnderAVersionOneHeadIsRefused() {
        TranscriptBundle old = TranscriptBundles.fromJson(BundleVerifierTest.bundleOf(TRAINEE, 23, 20));
        VerificationReport report = BundleVerifier.verify(TranscriptBundles.toJson(old.withRecordMapProof(
                BUNDLE.recordMapProof())), null);
        assertThat(report.failures()).containsExactly(
                "the bundle carries a recordMapProof, but its tree head (version 1) commits to no record map");
    }

    @Test
    void theRecordMapProofSurvivesTheJsonRoundTrip() {
        TranscriptBundle read = TranscriptBundles.fromJson(TranscriptBundles.toJson(BUNDLE));
        assertThat(read.recordMapProof()).isEqualTo(BUNDLE.recordMapProof());
        assertThat(read.treeHead()).isEqualTo(BUNDLE.treeHead());
    }

    private static VerificationReport verify(TranscriptBundle bundle) {
        return BundleVerifier.verify(TranscriptBundles.toJson(bundle), SIGNER.publicKey());
    }

    private static TranscriptBundle withEntries(List<BundleEntry> entries) {
        return new TranscriptBundle(BUNDLE.format(), BUNDLE.traineeId(), BUNDLE.exportedAt(), BUNDLE.publicKey(),
                BUNDLE.treeHead(), entries, BUNDLE.recordMapProof(), null);
    }

    private static TranscriptBundle withHead(BundleTreeHead head) {
        return new TranscriptBundle(BUNDLE.format(), BUNDLE.traineeId(), BUNDLE.exportedAt(), BUNDLE.publicKey(), head,
                BUNDLE.entries(), BUNDLE.recordMapProof(), null);
    }
}
