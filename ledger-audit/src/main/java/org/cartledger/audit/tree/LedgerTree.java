package org.cartledger.audit.tree;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.audit.entries.RecordedEntries;
import org.cartledger.audit.entries.UnreadableEvent;
import org.cartledger.http.problem.Refusal;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import java.security.PublicKey;
import org.cartledger.proof.keyrotation.KeyAnnouncement;
import org.cartledger.proof.recordmap.RecordMapProof;
import org.cartledger.proof.bundle.ConsistencyProofJson;
import org.cartledger.proof.bundle.RecordMapProofJson;
import org.cartledger.proof.bundle.TranscriptBundle;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.cartledger.store.history.LedgerHistory;
import org.cartledger.store.history.WrittenEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only Merkle tree over every event in ledger order (RFC 9162), and the signed tree
 * heads that commit the ledger to it. Leaves are appended from the event store in position order;
 * a tree head is signed soon after the tree grows ({@link SigningAfterWrites}), on a schedule, and when the
 * administrator asks; never because a reader asked for a bundle or proof.
 */
@Component
public class LedgerTree {

    private static final Logger log = LoggerFactory.getLogger(LedgerTree.class);
    private static final int BATCH = 1000;
    private static final long READER_POLL_MILLIS = 50;

    private final LedgerHistory history;
    private final RecordedEntries entries;
    private final MerkleLeaves leaves;
    private final EntryIndex index;
    private final TreeHeads heads;
    private final SigningKey signingKey;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SigningCheck check;
    private final RecordHeads recordHeads;
    private final IntegrityProperties properties;
    private final WriterMacCheck writerMacs;

    LedgerTree(LedgerHistory history, RecordedEntries entries, MerkleLeaves leaves, EntryIndex index, TreeHeads heads,
               SigningKey signingKey, TransactionTemplate transaction, JdbcTemplate jdbc, Clock clock, SigningCheck check,
               RecordHeads recordHeads, IntegrityProperties properties, WriterMacCheck writerMacs) {
        this.history = history;
        this.entries = entries;
        this.leaves = leaves;
        this.index = index;
        this.heads = heads;
        this.signingKey = signingKey;
        // Each of the tree's transactions is its own, also when the tree's processor calls in from the
        // transaction it handles an event in: otherwise a batch would not commit until the processor's
        // did, and the first event after a large import would hold the tree's lock until every leaf was in.
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.clock = clock;
        this.check = check;
        this.recordHeads = recordHeads;
        this.properties = properties;
        this.writerMacs = writerMacs;
    }

    /**
     * Appends a leaf, and an index row, for every event not yet in the tree; returns the tree's size. Each
     * batch of events is a transaction of its own under the tree's lock, so that a long way to go (a million
     * events loaded or imported at once) neither holds the lock for minutes, keeping every reader of a proof
     * waiting, nor leaves nothing to show for it if the process stops on the way. Every committed batch
     * leaves the tree whole: its leaves follow on from the last without a gap.
     */
    public long appendPending() {
        while (true) {
            Appended appended;
            try {
                appended = appendBatch();
            } catch (Refusal unreadable) {
                // an event the ledger cannot read was not written by it: the tree stops there, and signs nothing more
                if (UnreadableEvent.RULE.equals(unreadable.rule()) && unreadable.properties().get("position") instanceof Long position) {
                    throw check.fail(new IntegrityBreach("The event at ledger position " + position + " (event "
                            + unreadable.properties().get("eventIdentifier") + ") cannot be read as an entry of the ledger: "
                            + "it was written or changed in the database, not by the ledger.", position, IntegrityBreach.Changed.EVENT));
                }
                throw unreadable;
            }
            if (appended != null) {
                check.appended(appended.leaves());
                if (appended.refused() != null) {
                    // not the ledger's own: no leaf for it, and none for anything after it
                    throw check.fail(appended.refused());
                }
            }
            if (appended == null || !appended.moreToCome()) {
                return appended == null ? 0 : appended.size();
            }
        }
    }

    private Appended appendBatch() {
        return transaction.execute(status -> {
            lockTree();
            long size = leaves.size();
            List<WrittenEvent> batch = history.writtenAfter(leaves.lastPosition(), BATCH);
            List<MerkleLeaves.Leaf> newLeaves = new ArrayList<>(batch.size());
            List<EntryIndex.Location> locations = new ArrayList<>(batch.size());
            IntegrityBreach refused = null;
            for (WrittenEvent written : batch) {
                refused = writerMacs.refusal(written).orElse(null);
                if (refused != null) {
                    break;
                }
                LedgerEvent event = written.event();
                newLeaves.add(new MerkleLeaves.Leaf(size + newLeaves.size(), event.position(), event.leafHash()));
                locations.add(new EntryIndex.Location(entries.entryIdOf(event), event.position(), event.aggregateIdentifier()));
            }
            if (!newLeaves.isEmpty()) {
                leaves.append(newLeaves);
                index.record(locations);
            }
            return new Appended(size + newLeaves.size(), refused == null && batch.size() == BATCH, newLeaves, refused);
        });
    }

    /** @param refused why the event after the appended ones was given no leaf; null when none was refused */
    private record Appended(long size, boolean moreToCome, List<MerkleLeaves.Leaf> leaves, IntegrityBreach refused) {
    }

    /**
     * The tree's processor met the event at this position: appends it (and anything before it) unless
     * it already has its leaf, and indexes it, which fills the index for leaves appended before it existed.
     */
    void follow(long position, String entryId, String recordId) {
        if (position > leaves.lastPosition()) {
            appendPending();
        }
        // in a transaction of its own too: the processor's must hold nothing that an append could wait for
        transaction.executeWithoutResult(status -> index.record(List.of(new EntryIndex.Location(entryId, position, recordId))));
    }

    /**
     * The position of an entry, by its entry id (the payload's own, not Axon's event identifier), from
     * the index; an entry recorded since the tree was last appended to is indexed by appending first.
     */
    public Optional<Long> positionOfEntry(String entryId) {
        return index.positionOf(entryId).or(() -> {
            appendPending();
            return index.positionOf(entryId);
        });
    }

    /**
     * Signs a tree head over everything recorded so far, unless the newest one already covers it; but only after
     * {@link SigningCheck} has found the stored tree consistent with the last head signed and each new leaf the hash of
     * its event. Otherwise refused ({@code ledger-integrity-broken}), now and until the ledger is restarted on a whole store.
     */
    public SignedTreeHead publish() {
        check.refuseIfBroken();
        long size = appendPending();
        boolean[] signedNow = {false};
        SignedTreeHead signed = transaction.execute(status -> {
            lockTree();
            Optional<SignedTreeHead> latest = heads.latest();
            if (latest.isPresent() && latest.get().head().treeSize() == size) {
                return check.servedAsNewest(latest.get());
            }
            // version 2: the record map of the same size is signed with the root, so a bundle can show it is whole
            SignedTreeHead head = signingKey.signer().sign(new TreeHead(size, MerkleTree.rootHash(check.leavesToSign(size)), clock.instant(),
                    mapRootAt(size)));
            heads.add(head);
            signedNow[0] = true;
            return head;
        });
        if (signedNow[0]) {
            check.signed(signed);
        }
        log.info("Tree head: size {}, root {}", signed.head().treeSize(), org.cartledger.proof.Hashes.hex(signed.head().rootHash()));
        return signed;
    }

    /** The key that signed {@code head}: the current one, or one the ledger rotated away from. */
    private PublicKey keyOf(SignedTreeHead head) {
        PublicKey key = signingKey.publicKeyOf(head.keyId());
        if (key == null) {
            throw check.fail(new IntegrityBreach("The tree head of size " + head.head().treeSize() + " names key id "
                    + head.keyId() + ", which the ledger never signed with: it was written in the database.", null,
                    IntegrityBreach.Changed.TREE_HEADS));
        }
        return key;
    }

    /**
     * Replaces the signing key (docs/ledger-proofs.md §4b): the new key signs heads from the newest signed head's tree
     * size on; the heads signed before keep their old key. Under the tree's lock, so that no head is signed meanwhile.
     */
    public KeyAnnouncement rotateSigningKey() {
        check.refuseIfBroken();
        return transaction.execute(status -> {
            lockTree();
            long from = heads.latest().map(head -> head.head().treeSize()).orElse(0L);
            return signingKey.rotate(from, clock.instant());
        });
    }

    /** The root of the record map of the tree's size; a history too short for it is a breach, not a 500. */
    private byte[] mapRootAt(long size) {
        try {
            return recordHeads.mapAt(size).rootHash();
        } catch (RecordHeads.TooFewEvents missing) {
            throw check.fail(new IntegrityBreach(missing.getMessage(), null, IntegrityBreach.Changed.EVENT));
        }
    }

    @Scheduled(fixedDelayString = "${ledger.integrity.publish-interval:PT5M}",
            initialDelayString = "${ledger.integrity.publish-interval:PT5M}")
    void publishOnSchedule() {
        publishIfGrown();
    }

    /**
     * Signs a tree head if the tree has grown since the newest one: on schedule and soon after writes. Quiet about a
     * breach, which was reported when found and is in the health; signing over it would bury it.
     */
    void publishIfGrown() {
        if (check.breach().isPresent()) {
            return;
        }
        try {
            long size = appendPending();
            if (heads.latest().map(head -> head.head().treeSize() != size).orElse(size > 0)) {
                publish();
            }
        } catch (Refusal refusal) {
            if (!IntegrityBreach.RULE.equals(refusal.rule())) {
                throw refusal;
            }
        }
    }

    /** What the check before signing found, if anything: once found, it stays until the ledger is restarted. */
    public Optional<IntegrityBreach> integrityBreach() {
        return check.breach();
    }

    /** The last tree head this ledger signed, as kept outside the database. */
    public Optional<SignedTreeHead> keptHead() {
        return check.keptHead();
    }

    /**
     * One trainee's record with an inclusion proof for each entry, against the newest signed tree head, which covers
     * all of it (see {@link #headCovering}). Empty for an unknown trainee.
     */
    public Optional<TranscriptBundle> bundleFor(TraineeId traineeId, Instant exportedAt) {
        List<LedgerEvent> record = history.ofTrainee(traineeId.value());
        if (record.isEmpty()) {
            return Optional.empty();
        }
        SignedTreeHead head = headCovering(record.get(record.size() - 1).position());
        long size = head.head().treeSize();
        List<byte[]> hashes = leaves.hashes(size);
        List<Long> leafIndexes = record.stream()
                .map(event -> leaves.leafIndexOf(event.position()).orElseThrow(() ->
                        EntryNotInTree.at(event.position(), event.eventIdentifier())))
                .toList();
        // an older head is served with the key that signed it, and with the announcements that lead to that key
        TranscriptBundle bundle = TranscriptBundles.build(traineeId.value(), exportedAt, head, keyOf(head), record,
                leafIndexes, leafIndex -> MerkleTree.inclusionPath(hashes, leafIndex.intValue(), (int) size));
        List<KeyAnnouncement> announcements = signingKey.announcementsUpTo(head.keyId());
        if (!announcements.isEmpty()) {
            bundle = bundle.withKeyAnnouncements(announcements);
        }
        if (!head.head().hasRecordMap()) {
            return Optional.of(bundle); // a head of version 1, signed before the record map: it cannot show completeness
        }
        RecordMapProof proof = recordHeads.mapAt(size).proof(traineeId.value()).orElseThrow(() -> new IllegalStateException(
                "the record map of tree size " + size + " has no record " + traineeId.value() + ", whose entries it covers"));
        return Optional.of(bundle.withRecordMapProof(RecordMapProofJson.of(proof)));
    }

    /**
     * The newest signed tree head, which must cover the position. A reader never makes the ledger sign: a head covering
     * a new entry is signed soon after it was recorded, and the reader waits for it up to {@code ledger.integrity.reader-wait};
     * after that the answer is 503 {@code tree-head-pending}, with when to ask again. An event the tree has passed over
     * was written outside the ledger: {@link EntryNotInTree}.
     */
    public SignedTreeHead headCovering(long position) {
        check.refuseIfBroken();
        // leaves, not a head: an event the ledger cannot take is found now, and refused as the breach it is
        appendPending();
        refuseIfPassedOver(position);
        long deadline = System.nanoTime() + properties.readerWait().toNanos();
        while (true) {
            Optional<SignedTreeHead> latest = heads.latest();
            if (latest.isPresent() && covers(latest.get(), position)) {
                return check.servedAsNewest(latest.get());
            }
            check.refuseIfBroken(); // the signer may have found a breach meanwhile
            if (System.nanoTime() - deadline >= 0) {
                throw pending(position);
            }
            try {
                Thread.sleep(READER_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw pending(position);
            }
        }
    }

    private Refusal pending(long position) {
        long seconds = Math.max(1, properties.nextHeadWithin().toSeconds());
        return new Refusal(503, "tree-head-pending", "Not yet under a signed tree head",
                "The entry at ledger position " + position + " is recorded, but no signed tree head covers it yet. The ledger "
                        + "signs one " + (properties.signAfterWrites().isZero() ? "" : "within " + properties.signAfterWrites()
                        .toSeconds() + " s after it grows and ") + "every " + properties.publishInterval().toMinutes()
                        + " min; asking does not make it sign. Ask again in " + seconds + " s.")
                .with("position", position)
                .retryAfter(seconds);
    }

    private boolean covers(SignedTreeHead head, long position) {
        return leaves.leafIndexOf(position).map(leafIndex -> leafIndex < head.head().treeSize()).orElse(false);
    }

    /**
     * The first signed tree head whose tree includes the event at this position: the head under which
     * anything known at that position was first committed to. Tree heads are never changed, so this
     * answer never changes either; empty until a head covering the position has been signed.
     */
    public Optional<SignedTreeHead> firstHeadCovering(long position) {
        return leaves.leafIndexOf(position).flatMap(heads::firstLargerThan);
    }

    /**
     * Fails with {@link EntryNotInTree} for an event the tree has passed over: positions become
     * visible strictly in order (see db/events/V2's position trigger), so a row below the last leaf that has
     * no leaf of its own was written outside the ledger.
     */
    public void refuseIfPassedOver(long position) {
        if (leaves.leafIndexOf(position).isEmpty() && position < leaves.lastPosition()) {
            history.at(position).ifPresent(event -> {
                throw EntryNotInTree.at(position, event.eventIdentifier());
            });
        }
    }

    public Optional<SignedTreeHead> latestHead() {
        return heads.latest();
    }

    public Optional<SignedTreeHead> headOfSize(long treeSize) {
        return heads.ofSize(treeSize);
    }

    public List<SignedTreeHead> allHeads() {
        return heads.all();
    }

    public Optional<Long> leafIndexOf(long position) {
        return leaves.leafIndexOf(position);
    }

    public List<byte[]> leafHashes(long treeSize) {
        return leaves.hashes(treeSize);
    }

    public List<byte[]> inclusionPath(long leafIndex, long treeSize) {
        return MerkleTree.inclusionPath(leaves.hashes(treeSize), (int) leafIndex, (int) treeSize);
    }

    public List<byte[]> consistencyPath(long fromSize, long toSize) {
        return MerkleTree.consistencyPath(leaves.hashes(toSize), (int) fromSize, (int) toSize);
    }

    /**
     * Proofs that the trees of earlier signed heads are prefixes of the signed tree of {@code toSize}: what a bundle
     * carries for an auditor who kept those heads. Each size must be one the ledger signed, at most {@code toSize}.
     */
    public List<ConsistencyProofJson> consistencyProofsTo(long toSize, List<Long> fromSizes) {
        SignedTreeHead to = heads.ofSize(toSize).orElseThrow();
        List<ConsistencyProofJson> proofs = new ArrayList<>();
        for (long fromSize : fromSizes) {
            if (fromSize < 1 || fromSize > toSize) {
                throw Refusal.invalidField("consistencyFrom", "must be the size of a tree head the ledger signed, from 1 to the "
                        + "bundle's tree size (" + toSize + "); " + fromSize + " is not");
            }
            SignedTreeHead from = heads.ofSize(fromSize).orElseThrow(() -> new Refusal(404, "no-tree-head", "No such tree head",
                    "The ledger signed no tree head of size " + fromSize + ". GET /api/ledger/tree-heads lists them."));
            proofs.add(ConsistencyProofJson.of(fromSize, toSize, from.head().rootHash(), to.head().rootHash(),
                    consistencyPath(fromSize, toSize)));
        }
        return proofs;
    }

    public byte[] rootHash(long treeSize) {
        return MerkleTree.rootHash(leaves.hashes(treeSize));
    }

    /** One appender at a time, across every process that shares the database. */
    private void lockTree() {
        jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('cartledger:merkle-tree'))");
    }
}
