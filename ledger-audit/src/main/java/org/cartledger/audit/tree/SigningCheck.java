package org.cartledger.audit.tree;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.cartledger.audit.tree.IntegrityBreach.Changed;
import org.cartledger.http.security.SignInEvents;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.store.history.LedgerHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the ledger checks before it signs a tree head: that the stored leaves still reproduce the last head it
 * signed (kept outside {@code tree_head} by {@link KeptTreeHead}, and the newest row of {@code tree_head}), and that
 * every leaf appended since is the hash of the event at its position. The first disagreement is a breach: the ledger
 * signs nothing from then on (until it is restarted and finds the store whole), reports it in its health and logs it
 * as a security event. A breach is never cleared by signing over it.
 */
@Component
class SigningCheck {

    private static final Logger security = LoggerFactory.getLogger(SignInEvents.LOGGER);
    private static final int BATCH = 1000;
    /** Leaves remembered as appended, to tell a changed leaf from a changed event; beyond this the side is unknown. */
    private static final int APPENDED_REMEMBERED = 200_000;

    private final LedgerHistory history;
    private final MerkleLeaves leaves;
    private final TreeHeads heads;
    private final KeptTreeHead kept;
    private final SigningKey signingKey;
    private final AtomicReference<IntegrityBreach> breach = new AtomicReference<>();
    /** Leaf index to the hash this process appended there, for leaves no head has signed yet. */
    private final Map<Long, byte[]> appended = new ConcurrentHashMap<>();

    SigningCheck(LedgerHistory history, MerkleLeaves leaves, TreeHeads heads, KeptTreeHead kept, SigningKey signingKey) {
        this.history = history;
        this.leaves = leaves;
        this.heads = heads;
        this.kept = kept;
        this.signingKey = signingKey;
    }

    Optional<IntegrityBreach> breach() {
        return Optional.ofNullable(breach.get());
    }

    Optional<SignedTreeHead> keptHead() {
        return kept.get();
    }

    void refuseIfBroken() {
        IntegrityBreach found = breach.get();
        if (found != null) {
            throw found.refusal();
        }
    }

    /** Records a breach found elsewhere (an event the tree cannot take) and refuses. */
    RuntimeException fail(IntegrityBreach found) {
        if (breach.compareAndSet(null, found)) {
            security.error("ledger-integrity-broken changed={} position={} reason={}", found.changed(), found.position(), found.reason());
        }
        return breach.get().refusal();
    }

    void appended(List<MerkleLeaves.Leaf> batch) {
        if (appended.size() < APPENDED_REMEMBERED) {
            batch.forEach(leaf -> appended.put(leaf.leafIndex(), leaf.leafHash()));
        }
    }

    void signed(SignedTreeHead head) {
        kept.keep(head);
        appended.keySet().removeIf(leafIndex -> leafIndex < head.head().treeSize());
    }

    /**
     * Checks the stored leaves of the tree about to be signed (under the tree's lock) and returns their hashes to sign;
     * throws the {@code ledger-integrity-broken} refusal if anything disagrees.
     */
    List<byte[]> leavesToSign(long size) {
        refuseIfBroken();
        List<MerkleLeaves.Leaf> stored = leaves.stored(size);
        List<byte[]> hashes = stored.stream().map(MerkleLeaves.Leaf::leafHash).toList();
        long checkedUpTo = 0;
        for (SignedTreeHead signedBefore : signedBefore()) {
            checkStillReproduced(signedBefore, stored, hashes);
            checkedUpTo = Math.max(checkedUpTo, signedBefore.head().treeSize());
        }
        checkAgainstEvents(stored, checkedUpTo);
        return hashes;
    }

    /**
     * The newest row of {@code tree_head}, served as the ledger's own when nothing was added since: a row under the
     * ledger's key id must verify with its key, or it was written in the database, not signed by the ledger; and the head
     * the ledger kept must still be in the table, or a rolled-back tail would be served under an older head.
     */
    SignedTreeHead servedAsNewest(SignedTreeHead newestRow) {
        refuseIfBroken();
        if (isOurs(newestRow) && !signedByTheKeyItNames(newestRow)) {
            throw fail(notSigned(newestRow));
        }
        // a tail rolled back with its heads deleted leaves an older head newest: the head kept beside the key shows it
        kept.get().ifPresent(keptHead -> requireInTheTable(keptHead, Optional.of(newestRow)));
        return newestRow;
    }

    /** The head the ledger signed last must still be in {@code tree_head} as it was signed: else heads were deleted or altered. */
    private void requireInTheTable(SignedTreeHead keptHead, Optional<SignedTreeHead> newestRow) {
        Optional<SignedTreeHead> row = heads.ofSize(keptHead.head().treeSize());
        if (row.isEmpty() || !MessageDigest.isEqual(row.get().head().rootHash(), keptHead.head().rootHash())) {
            throw fail(new IntegrityBreach("The tree head of size " + keptHead.head().treeSize() + " (root "
                    + Hashes.hex(keptHead.head().rootHash()) + ", made " + keptHead.head().timestampText() + ") that the ledger signed last "
                    + (row.isEmpty() ? "is missing from" : "was changed in") + " tree_head" + newestRow.map(newest ->
                    " (its newest row is of size " + newest.head().treeSize() + ")").orElse(" (it holds none)")
                    + ": tree heads were deleted or altered in the database.", null, Changed.TREE_HEADS));
        }
    }

    /** Whether the head names a key this ledger has signed with: the current one or one it rotated away from. */
    private boolean isOurs(SignedTreeHead head) {
        return signingKey.publicKeyOf(head.keyId()) != null;
    }

    private boolean signedByTheKeyItNames(SignedTreeHead head) {
        return TreeHeadSigner.verify(head, signingKey.publicKeyOf(head.keyId()));
    }

    private static IntegrityBreach notSigned(SignedTreeHead row) {
        return new IntegrityBreach("The newest row of tree_head (size " + row.head().treeSize()
                + ") is not signed by the ledger's key: it was written in the database, not by the ledger.", null, Changed.TREE_HEADS);
    }

    /** The heads the new one must extend: the kept one and the newest in the table, which must agree with each other. */
    private List<SignedTreeHead> signedBefore() {
        Optional<SignedTreeHead> newestRow = heads.latest();
        Optional<SignedTreeHead> keptHead = kept.get();
        List<SignedTreeHead> before = new ArrayList<>();
        if (keptHead.isPresent()) {
            requireInTheTable(keptHead.get(), newestRow);
            before.add(keptHead.get());
        }
        // a row under a key id the announcement chain does not reach is no commitment of this ledger's keys; one under
        // the current key or a key it replaced (docs/ledger-proofs.md §4b) is, and must verify with that key
        boolean ours = newestRow.map(this::isOurs).orElse(false);
        if (ours && keptHead.map(k -> k.head().treeSize() < newestRow.get().head().treeSize()).orElse(true)) {
            if (!signedByTheKeyItNames(newestRow.get())) {
                throw fail(notSigned(newestRow.get()));
            }
            before.add(newestRow.get());
        }
        return before;
    }

    private void checkStillReproduced(SignedTreeHead signedBefore, List<MerkleLeaves.Leaf> stored, List<byte[]> hashes) {
        long size = signedBefore.head().treeSize();
        if (size > stored.size()) {
            throw fail(new IntegrityBreach("ledger_leaf holds " + stored.size() + " leaves, but the ledger signed a tree of size "
                    + size + ": leaves were deleted from ledger_leaf.", null, Changed.LEAF));
        }
        if (MessageDigest.isEqual(MerkleTree.rootHash(hashes, (int) size), signedBefore.head().rootHash())) {
            return;
        }
        throw fail(locate(signedBefore, stored));
    }

    /** Where a signed tree no longer reproduces: the first leaf that differs from its event, or from what this process served. */
    private IntegrityBreach locate(SignedTreeHead signedBefore, List<MerkleLeaves.Leaf> stored) {
        int size = (int) signedBefore.head().treeSize();
        String tree = "The stored leaves no longer reproduce the root of the tree of size " + size + " that the ledger signed ("
                + Hashes.hex(signedBefore.head().rootHash()) + ")";
        List<byte[]> fromEvents = eventHashes(stored.subList(0, size));
        for (int i = 0; i < size; i++) {
            if (fromEvents.get(i) == null || !MessageDigest.isEqual(fromEvents.get(i), stored.get(i).leafHash())) {
                boolean eventsReproduce = !fromEvents.contains(null)
                        && MessageDigest.isEqual(MerkleTree.rootHash(fromEvents, size), signedBefore.head().rootHash());
                long position = stored.get(i).position();
                return eventsReproduce
                        ? new IntegrityBreach(tree + ": leaf " + i + " (position " + position + ") in ledger_leaf was changed; "
                        + "the event at that position still hashes to the signed root.", position, Changed.LEAF)
                        : new IntegrityBreach(tree + ": leaves and events first part at leaf " + i + " (position " + position
                        + "), and neither reproduces the signed root.", position, Changed.UNKNOWN);
            }
        }
        // leaves and events agree and both differ from what was signed: both were rewritten, as a rollback of the tail does
        List<byte[]> served = leaves.cachedHashes();
        for (int i = 0; i < Math.min(size, served.size()); i++) {
            if (!MessageDigest.isEqual(served.get(i), stored.get(i).leafHash())) {
                long position = stored.get(i).position();
                return new IntegrityBreach(tree + ": from leaf " + i + " (position " + position + ") the leaves were rewritten to "
                        + "match events changed since they were signed (a rollback of the ledger's tail).", position, Changed.EVENT);
            }
        }
        return new IntegrityBreach(tree + "; leaves and events agree with each other, so both were rewritten since "
                + "(a rollback of the ledger's tail).", null, Changed.EVENT);
    }

    /** Every leaf appended since the last signed head must be the hash of the event now at its position. */
    private void checkAgainstEvents(List<MerkleLeaves.Leaf> stored, long from) {
        if (from >= stored.size()) {
            return;
        }
        List<MerkleLeaves.Leaf> fresh = stored.subList((int) from, stored.size());
        List<byte[]> fromEvents = eventHashes(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            MerkleLeaves.Leaf leaf = fresh.get(i);
            if (fromEvents.get(i) != null && MessageDigest.isEqual(fromEvents.get(i), leaf.leafHash())) {
                continue;
            }
            byte[] asAppended = appended.get(leaf.leafIndex());
            Changed changed = asAppended == null ? Changed.UNKNOWN
                    : MessageDigest.isEqual(asAppended, leaf.leafHash()) ? Changed.EVENT : Changed.LEAF;
            String what = fromEvents.get(i) == null ? "no event stands at its position any more"
                    : switch (changed) {
                        case LEAF -> "the leaf in ledger_leaf was changed since the ledger appended it";
                        case EVENT -> "the event was changed since the ledger appended its leaf";
                        default -> "the event and its leaf differ, and this process did not append the leaf, so which changed is unknown";
                    };
            throw fail(new IntegrityBreach("Leaf " + leaf.leafIndex() + " (position " + leaf.position()
                    + "), appended since the last signed tree head, is not the hash of its event: " + what + ".",
                    leaf.position(), fromEvents.get(i) == null ? Changed.EVENT : changed));
        }
    }

    /** The leaf hash of the event now at each leaf's position, in the leaves' order; null where no event stands there. */
    private List<byte[]> eventHashes(List<MerkleLeaves.Leaf> of) {
        List<byte[]> hashes = new ArrayList<>(of.size());
        if (of.isEmpty()) {
            return hashes;
        }
        long after = of.get(0).position() - 1;
        List<LedgerEvent> batch = List.of();
        int inBatch = 0;
        for (MerkleLeaves.Leaf leaf : of) {
            while (inBatch < batch.size() && batch.get(inBatch).position() < leaf.position()) {
                inBatch++;
            }
            if (inBatch == batch.size()) {
                batch = history.after(Math.max(after, leaf.position() - 1), BATCH);
                inBatch = 0;
            }
            if (inBatch < batch.size() && batch.get(inBatch).position() == leaf.position()) {
                LedgerEvent event = batch.get(inBatch++);
                hashes.add(event.leafHash());
                after = event.position();
            } else {
                hashes.add(null);
            }
        }
        return hashes;
    }
}
