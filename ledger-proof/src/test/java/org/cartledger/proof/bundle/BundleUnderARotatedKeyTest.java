package org.cartledger.proof.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SampleLedger;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.keyrotation.KeyAnnouncement;
import org.junit.jupiter.api.Test;

/** An auditor who trusts only the ledger's first key verifies a bundle signed after a rotation by following the chain. */
class BundleUnderARotatedKeyTest {

    private static final KeyPair FIRST = Ed25519Keys.generate();
    private static final KeyPair SECOND = Ed25519Keys.generate();
    private static final KeyPair STRANGER = Ed25519Keys.generate();
    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");
    private static final KeyAnnouncement ROTATION = KeyAnnouncement.sign(FIRST, SECOND, 12, AT);
    private static final String TRAINEE = "F-2026-002";

    private static TranscriptBundle bundle(KeyPair keys, int signedSize) {
        List<LedgerEvent> ledger = SampleLedger.events(23);
        List<byte[]> leaves = SampleLedger.leafHashes(ledger);
        TreeHeadSigner signer = new TreeHeadSigner(keys);
        SignedTreeHead head = signer.sign(new TreeHead(signedSize, MerkleTree.rootHash(leaves, signedSize), AT));
        List<LedgerEvent> record = new ArrayList<>();
        List<Long> leafIndexes = new ArrayList<>();
        for (int i = 0; i < signedSize; i++) {
            if (ledger.get(i).aggregateIdentifier().equals(TRAINEE)) {
                record.add(ledger.get(i));
                leafIndexes.add((long) i);
            }
        }
        return TranscriptBundles.build(TRAINEE, AT.plusSeconds(60), head, signer.publicKey(), record, leafIndexes, leaves);
    }

    private static VerificationReport verify(TranscriptBundle bundle, KeyPair trusted) {
        return BundleVerifier.verify(TranscriptBundles.toJson(bundle), trusted.getPublic());
    }

    @Test
    void aBundleUnderTheNewKeyVerifiesForAnAuditorTrustingTheOldKeyWhenItCarriesTheChain() {
        TranscriptBundle carried = bundle(SECOND, 20).withKeyAnnouncements(List.of(ROTATION));
        VerificationReport report = verify(carried, FIRST);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        // the announcements survive the round trip through JSON
        assertThat(TranscriptBundles.fromJson(TranscriptBundles.toJson(carried)).keyAnnouncements()).containsExactly(ROTATION);
    }

    @Test
    void theChainMayBeGivenByTheAuditorInsteadOfCarried() {
        VerificationReport report = BundleVerifier.verify(TranscriptBundles.toJson(bundle(SECOND, 20)),
                FIRST.getPublic(), List.of(ROTATION));
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void withoutTheChainABundleUnderTheNewKeyFailsForAnAuditorTrustingTheOldKey() {
        VerificationReport report = verify(bundle(SECOND, 20), FIRST);
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).contains("the bundle's public key (key id " + Ed25519Keys.keyId(SECOND.getPublic())
                + ") is not the key you trust (key id " + Ed25519Keys.keyId(FIRST.getPublic()) + ")");
    }

    @Test
    void aForgedAnnouncementInTheBundleIsRefused() {
        KeyAnnouncement strangers = KeyAnnouncement.sign(STRANGER, SECOND, 12, AT);
        KeyAnnouncement forged = new KeyAnnouncement(ROTATION.oldKeyId(), strangers.newKeyId(), strangers.newPublicKey(),
                12, strangers.announcedAt(), strangers.oldKeySignature(), strangers.newKeySignature());
        VerificationReport report = verify(bundle(SECOND, 20).withKeyAnnouncements(List.of(forged)), FIRST);
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).contains("key announcement 0 is not signed by key id "
                + Ed25519Keys.keyId(FIRST.getPublic()) + ", the key it replaces: it is forged or altered");
    }

    @Test
    void aChainThatDoesNotStartAtTheTrustedKeyIsBroken() {
        KeyPair third = Ed25519Keys.generate();
        KeyAnnouncement onwards = KeyAnnouncement.sign(SECOND, third, 15, AT);
        VerificationReport report = verify(bundle(third, 20).withKeyAnnouncements(List.of(onwards)), FIRST);
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).anyMatch(f -> f.startsWith("key announcement 0 replaces key id")
                && f.endsWith("the chain is broken"));
    }

    @Test
    void aHeadSignedByAKeyTheChainDoesNotReachIsRefused() {
        TranscriptBundle byStranger = bundle(STRANGER, 20).withKeyAnnouncements(List.of(ROTATION));
        VerificationReport report = verify(byStranger, FIRST);
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).anyMatch(f -> f.contains("is signed by key id " + Ed25519Keys.keyId(STRANGER.getPublic()))
                && f.contains("do not reach"));
    }

    @Test
    void anOldHeadStillVerifiesWithTheOldKeyAloneAndUnderTheChain() {
        TranscriptBundle old = bundle(FIRST, 10);
        assertThat(verify(old, FIRST).failures()).isEmpty();
        assertThat(verify(old.withKeyAnnouncements(List.of(ROTATION)), FIRST).failures()).isEmpty();
    }

    @Test
    void theOldKeyCannotSignAHeadBeyondTheRotation() {
        VerificationReport report = verify(bundle(FIRST, 20).withKeyAnnouncements(List.of(ROTATION)), FIRST);
        assertThat(report.failures()).anyMatch(f -> f.contains("signs heads of tree sizes 0 to 12, not of size 20"));
    }

    @Test
    void anAuditorWhoTrustsTheNewKeyNeedsNoChain() {
        assertThat(verify(bundle(SECOND, 20), SECOND).failures()).isEmpty();
    }
}
