package org.cartledger.proof.bundle;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.keyrotation.KeyAnnouncement;
import org.cartledger.proof.keyrotation.KeyChain;
import org.cartledger.proof.keyrotation.KeyChainBroken;

/**
 * Checks a transcript bundle offline by the conditions of docs/ledger-proofs.md §6, reporting
 * every failure rather than stopping at the first. Entries are numbered from 0 in the order they
 * appear in the bundle.
 */
public final class BundleVerifier {

    private BundleVerifier() {
    }

    /**
     * Verifies a bundle's JSON. Never throws: unreadable input is a failure like any other.
     *
     * @param trustedKeyOrNull the key the auditor got from the ledger's operators; when null, the
     *                         bundle's own key is used, which shows only that the bundle is consistent
     *                         with itself, not who signed it
     */
    public static VerificationReport verify(byte[] bundleJson, PublicKey trustedKeyOrNull) {
        return verify(bundleJson, trustedKeyOrNull, null);
    }

    /**
     * Verifies a bundle's JSON, following key announcements (§4b) from the trusted key to the key of the bundle's
     * head: {@code announcementsOrNull} when given, else those the bundle carries. Never throws.
     */
    public static VerificationReport verify(byte[] bundleJson, PublicKey trustedKeyOrNull,
                                            List<KeyAnnouncement> announcementsOrNull) {
        try {
            return new Check(trustedKeyOrNull, announcementsOrNull).run(bundleJson);
        } catch (RuntimeException e) {
            return new VerificationReport(false, List.of("the bundle could not be checked: " + e), 0);
        }
    }

    private static final class Check {

        private final PublicKey trustedKey;
        private final List<KeyAnnouncement> givenAnnouncements;
        private final List<String> failures = new ArrayList<>();
        /** The keys reached from the trusted key; null when no key is trusted or the chain is broken. */
        private KeyChain chain;
        private boolean chainBroken;

        Check(PublicKey trustedKey, List<KeyAnnouncement> givenAnnouncements) {
            this.trustedKey = trustedKey;
            this.givenAnnouncements = givenAnnouncements;
        }

        /** Condition 8: the announcements lead from the trusted key, each signed by the key before it. */
        private void followChain(List<KeyAnnouncement> carried) {
            if (trustedKey == null) {
                return;
            }
            List<KeyAnnouncement> announcements = givenAnnouncements != null ? givenAnnouncements : carried;
            try {
                chain = KeyChain.follow(trustedKey, announcements);
            } catch (KeyChainBroken e) {
                chainBroken = true;
                fail(e.getMessage());
            }
        }

        VerificationReport run(byte[] json) {
            if (json == null) {
                fail("there is no bundle to check");
                return report(0);
            }
            TranscriptBundle bundle;
            try {
                bundle = TranscriptBundles.fromJson(json);
            } catch (IllegalArgumentException e) {
                fail(e.getMessage());
                return report(0);
            }
            if (!TranscriptBundle.FORMAT.equals(bundle.format())) {
                fail("the bundle's format is " + quoted(bundle.format()) + ", not \"" + TranscriptBundle.FORMAT + "\"");
            }
            if (bundle.traineeId() == null) {
                fail("the bundle names no traineeId");
            }
            checkExportedAt(bundle.exportedAt());
            followChain(bundle.keyAnnouncements());
            PublicKey bundleKey = checkPublicKey(bundle.publicKey());
            SignedTreeHead head = checkTreeHead(bundle.treeHead(), bundle.publicKey(), bundleKey);
            if (bundle.entries() == null) {
                fail("the bundle has no entries list");
                return report(0);
            }
            List<CheckedEntry> readable = checkEntries(bundle.traineeId(), bundle.entries(), head);
            boolean complete = false;
            if (head != null && bundle.traineeId() != null) {
                BundleCompleteness.Result completeness = BundleCompleteness.check(bundle.traineeId(), head,
                        bundle.recordMapProof(), readable.stream().map(CheckedEntry::event).toList(),
                        readable.size() == bundle.entries().size());
                failures.addAll(completeness.failures());
                complete = completeness.complete();
            }
            if (bundle.consistencyProofs() != null && head != null) {
                failures.addAll(BundleConsistencyProofs.check(bundle.consistencyProofs(), head));
            }
            return new VerificationReport(failures.isEmpty(), failures, bundle.entries().size(), complete);
        }

        private void checkExportedAt(String exportedAt) {
            if (exportedAt == null) {
                fail("the bundle has no exportedAt");
                return;
            }
            try {
                TreeHead.parseTimestamp(exportedAt);
            } catch (IllegalArgumentException e) {
                fail("exportedAt " + e.getMessage());
            }
        }

        /** Condition 1; returns the bundle's key when it is usable. */
        private PublicKey checkPublicKey(BundlePublicKey publicKey) {
            if (publicKey == null) {
                fail("the bundle has no publicKey");
                return null;
            }
            if (!Ed25519Keys.ALGORITHM.equals(publicKey.algorithm())) {
                fail("publicKey.algorithm is " + quoted(publicKey.algorithm()) + ", but tree heads are signed with Ed25519");
            }
            byte[] spki = null;
            if (publicKey.spki() == null) {
                fail("publicKey.spki is missing");
            } else {
                try {
                    spki = Base64Text.decode(publicKey.spki());
                } catch (IllegalArgumentException e) {
                    fail("publicKey.spki is " + e.getMessage());
                }
            }
            byte[] keyId = hashOrFail("publicKey.keyId", publicKey.keyId());
            if (spki != null && keyId != null && !MessageDigest.isEqual(Hashes.sha256(spki), keyId)) {
                fail("publicKey.keyId is not the SHA-256 of publicKey.spki: the key or its id was altered");
            }
            boolean reached = chain != null ? chain.byId(publicKey.keyId()) != null
                    : trustedKey != null && Ed25519Keys.keyId(trustedKey).equals(publicKey.keyId());
            if (trustedKey != null && publicKey.keyId() != null && !reached) {
                fail("the bundle's public key (key id " + publicKey.keyId() + ") is not the key you trust (key id "
                        + Ed25519Keys.keyId(trustedKey) + ")" + (chain != null && chain.keys().size() > 1
                        ? " nor one its key announcements reach" : ""));
            }
            if (spki == null) {
                return null;
            }
            try {
                return Ed25519Keys.publicKey(spki);
            } catch (IllegalArgumentException e) {
                fail("publicKey.spki is " + e.getMessage());
                return null;
            }
        }

        /** Conditions 1 (the head's key id) and 2; returns the head when it could be read. */
        private SignedTreeHead checkTreeHead(BundleTreeHead json, BundlePublicKey publicKey, PublicKey bundleKey) {
            if (json == null) {
                fail("the bundle has no treeHead");
                return null;
            }
            SignedTreeHead head;
            try {
                head = json.toSignedTreeHead();
            } catch (IllegalArgumentException e) {
                fail(e.getMessage());
                return null;
            }
            if (publicKey != null && publicKey.keyId() != null && !publicKey.keyId().equals(head.keyId())) {
                fail("the tree head names key id " + head.keyId() + ", but the bundle's public key has id "
                        + publicKey.keyId());
            }
            boolean rotated = chain != null && chain.keys().size() > 1;
            if (rotated) {
                // the key has been rotated: the chain says which key signs heads of this tree size
                if (chain.refusalOf(head) != null) {
                    fail(chain.refusalOf(head));
                }
                return head;
            }
            PublicKey verifyingKey = trustedKey != null ? trustedKey : bundleKey;
            if (verifyingKey == null) {
                fail("the tree head signature cannot be checked: there is no usable public key");
            } else if (!TreeHeadSigner.verify(head, verifyingKey)) {
                fail("the tree head signature does not verify with " + (trustedKey != null ? "the key you trust"
                        : "the public key") + " (tree size " + head.head().treeSize() + ", root "
                        + Hashes.hex(head.head().rootHash()) + ")");
            }
            return head;
        }

        /** Conditions 3, 4 and 5; returns the entries whose event could be read. */
        private List<CheckedEntry> checkEntries(String traineeId, List<BundleEntry> entries, SignedTreeHead head) {
            List<CheckedEntry> readable = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                CheckedEntry entry = checkEntry(i, entries.get(i), traineeId, head);
                if (entry != null) {
                    readable.add(entry);
                }
            }
            checkSequence(readable);
            checkOrder(readable);
            return readable;
        }

        private CheckedEntry checkEntry(int index, BundleEntry entry, String traineeId, SignedTreeHead head) {
            String where = "entry " + index;
            if (entry == null) {
                fail(where + " is empty");
                return null;
            }
            LedgerEvent event = null;
            if (entry.event() == null) {
                fail(where + " has no event");
            } else {
                try {
                    event = entry.event().toLedgerEvent();
                    where = where + " (position " + event.position() + ", event " + event.eventIdentifier() + ")";
                } catch (IllegalArgumentException e) {
                    fail(where + ": " + e.getMessage());
                }
            }
            if (event != null && traineeId != null && !traineeId.equals(event.aggregateIdentifier())) {
                fail(where + ": it belongs to trainee " + event.aggregateIdentifier() + ", not to the bundle's trainee "
                        + traineeId);
            }
            InclusionProofJson proof = entry.inclusionProof();
            if (proof == null) {
                fail(where + ": it has no inclusionProof");
                return event == null ? null : new CheckedEntry(index, event, null);
            }
            byte[] leafHash = hashOrFail(where + ": inclusionProof.leafHash", proof.leafHash());
            if (event != null && leafHash != null && !MessageDigest.isEqual(event.leafHash(), leafHash)) {
                fail(where + ": leaf hash does not match the event (the event or its proof was altered)");
            }
            boolean proofReadable = leafHash != null;
            if (proof.leafIndex() == null) {
                fail(where + ": inclusionProof.leafIndex is missing");
                proofReadable = false;
            } else if (proof.leafIndex() < 0) {
                fail(where + ": inclusionProof.leafIndex is negative (" + proof.leafIndex() + ")");
                proofReadable = false;
            }
            if (proof.treeSize() == null) {
                fail(where + ": inclusionProof.treeSize is missing");
                proofReadable = false;
            } else if (head != null && proof.treeSize() != head.head().treeSize()) {
                fail(where + ": its inclusion proof is for a tree of size " + proof.treeSize()
                        + ", not the signed tree head's " + head.head().treeSize());
                proofReadable = false;
            }
            List<byte[]> path = null;
            try {
                path = proof.auditPathHashes();
            } catch (IllegalArgumentException e) {
                fail(where + ": " + e.getMessage());
                proofReadable = false;
            }
            if (proofReadable && head != null && !MerkleTree.verifyInclusion(proof.leafIndex(), head.head().treeSize(),
                    leafHash, path, head.head().rootHash())) {
                fail(where + ": its audit path does not lead from leaf " + proof.leafIndex()
                        + " to the signed root of the tree of size " + head.head().treeSize());
            }
            return event == null ? null : new CheckedEntry(index, event, proof.leafIndex());
        }

        /** Condition 4's sequence numbers: 0, 1, 2, … in the order of the entries. */
        private void checkSequence(List<CheckedEntry> entries) {
            long expected = 0;
            Long previous = null;
            for (CheckedEntry entry : entries) {
                long sequence = entry.event().sequenceNumber();
                if (sequence > expected) {
                    long missing = sequence - expected;
                    String count = missing == 1 ? "an entry is missing" : missing + " entries are missing";
                    if (previous == null) {
                        fail("the first entry has sequence number " + sequence + ", not 0: " + count);
                    } else {
                        fail("sequence numbers jump from " + previous + " to " + sequence + ": " + count);
                    }
                } else if (sequence < expected) {
                    fail("entry " + entry.index() + " has sequence number " + sequence + " after " + previous
                            + ": entries are repeated or out of order");
                }
                expected = Math.max(expected, sequence + 1);
                previous = sequence;
            }
        }

        /** Condition 5: leaf indexes and positions increase with the sequence number. */
        private void checkOrder(List<CheckedEntry> entries) {
            for (int i = 1; i < entries.size(); i++) {
                CheckedEntry before = entries.get(i - 1);
                CheckedEntry after = entries.get(i);
                if (after.event().position() <= before.event().position()) {
                    fail("entry " + after.index() + " has position " + after.event().position() + ", not after entry "
                            + before.index() + "'s position " + before.event().position());
                }
                if (before.leafIndex() != null && after.leafIndex() != null && after.leafIndex() <= before.leafIndex()) {
                    fail("entry " + after.index() + " has leaf index " + after.leafIndex() + ", not after entry "
                            + before.index() + "'s leaf index " + before.leafIndex());
                }
            }
        }

        private byte[] hashOrFail(String field, String hex) {
            try {
                return BundleTreeHead.hash(field, hex);
            } catch (IllegalArgumentException e) {
                fail(e.getMessage());
                return null;
            }
        }

        private void fail(String failure) {
            failures.add(failure);
        }

        private VerificationReport report(int entriesChecked) {
            return new VerificationReport(failures.isEmpty(), failures, entriesChecked);
        }

        private static String quoted(String text) {
            return text == null ? "missing" : "\"" + text + "\"";
        }
    }

    private record CheckedEntry(int index, LedgerEvent event, Long leafIndex) {
    }
}
