package org.cartledger.verifier;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.LedgerEventRows;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.WriterKey;
import org.cartledger.proof.keyrotation.KeyAnnouncement;
import org.cartledger.proof.keyrotation.KeyChain;
import org.cartledger.proof.keyrotation.KeyChainBroken;

/**
 * Audits a whole ledger in PostgreSQL against its signed tree heads (docs/ledger-proofs.md §1–§4).
 *
 * <p>Only the trusted public key is taken on trust. A tree head counts when its signature verifies
 * with that key. The recorded leaves ({@code ledger_leaf}) count as far as they reproduce the signed
 * roots. Each event now in {@code domain_event_entry} is then compared with the leaf recorded for its
 * position, which names what changed; independently, the signed roots are recomputed from the events
 * as they are now.
 *
 * <p>Events that have no leaf yet are told apart by position: one after the last recorded leaf's
 * position is waiting for the ledger to record and sign it (a note, not a problem); one before it
 * should have had a leaf, so it was put into the table behind the ledger's back (a problem). A row
 * appended at the very end by someone else cannot be told from a pending event by this table alone;
 * the notes list every pending event so that the auditor sees them, and an auditor given the ledger's
 * writer key has every event's writer MAC checked ({@link WriterMacAudit}), which names such a row.
 */
public final class LedgerAudit {

    /** Pairs of altered events beyond this many are not searched for swaps (the search is quadratic). */
    private static final int SWAP_SEARCH_LIMIT = 50;

    private LedgerAudit() {
    }

    /**
     * Reads the three tables through {@code connection} and audits them. The connection is only read
     * from; when it is in auto-commit mode, the audit reads inside one transaction of its own (so
     * that the rows are streamed and form one snapshot) and restores auto-commit afterwards.
     *
     * @throws SQLException if the tables cannot be read
     */
    public static AuditReport audit(Connection connection, PublicKey trustedKey) throws SQLException {
        return audit(connection, trustedKey, List.of());
    }

    /**
     * As {@link #audit(Connection, PublicKey)}, and proves the ledger consistent with each tree head the auditor kept
     * ({@link KeptHeads}): a kept head must verify with the key, still be in {@code tree_head}, and be reproduced by the
     * events now in the ledger. What a rollback of the tail deletes and rewrites, the kept heads still show.
     */
    public static AuditReport audit(Connection connection, PublicKey trustedKey, List<SignedTreeHead> keptHeads) throws SQLException {
        return audit(connection, trustedKey, keptHeads, List.of());
    }

    /**
     * As {@link #audit(Connection, PublicKey, List)} over a ledger whose signing key was rotated: heads signed by a later
     * key are trusted when the key announcements (docs/ledger-proofs.md §4b), followed from {@code trustedKey}, reach
     * their key and their tree size lies in its range. A broken or forged chain is a problem, and then only heads of the
     * trusted key are trusted.
     */
    public static AuditReport audit(Connection connection, PublicKey trustedKey, List<SignedTreeHead> keptHeads,
                                    List<KeyAnnouncement> announcements) throws SQLException {
        return audit(connection, trustedKey, keptHeads, announcements, null);
    }

    /**
     * As {@link #audit(Connection, PublicKey, List, List)}, and, given the ledger's writer key (docs/ledger-proofs.md §2a),
     * names every event after the key's start position whose writer MAC is missing or wrong: one not written by the
     * ledger. With {@code writerKey} null, MACs are not checked and a note says so.
     */
    public static AuditReport audit(Connection connection, PublicKey trustedKey, List<SignedTreeHead> keptHeads,
                                    List<KeyAnnouncement> announcements, WriterKey writerKey) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(trustedKey, "trustedKey");
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try {
            Tables tables = Tables.read(connection);
            List<String> problems = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            KeyChain chain;
            try {
                chain = KeyChain.follow(trustedKey, announcements);
            } catch (KeyChainBroken e) {
                problems.add(e.getMessage());
                chain = KeyChain.follow(trustedKey, List.of());
            }
            new Audit(connection, trustedKey, chain, tables, problems, notes).run();
            checkKeptHeads(keptHeads, chain, tables, problems);
            WriterMacAudit.check(connection, writerKey, problems, notes);
            List<String> findings = new ArrayList<>(problems);
            notes.forEach(note -> findings.add(AuditReport.NOTE_PREFIX + note));
            return new AuditReport(problems.isEmpty(), findings, tables.events().count(), tables.heads().size());
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static void checkKeptHeads(List<SignedTreeHead> keptHeads, KeyChain chain, Tables tables, List<String> problems) {
        PublicKey trustedKey = chain.keys().get(0).key();
        List<byte[]> events = tables.events().leafHashes();
        for (SignedTreeHead kept : keptHeads) {
            long size = kept.head().treeSize();
            String named = "the kept tree head of size " + size + " (root " + Hashes.hex(kept.head().rootHash()) + ", made "
                    + kept.head().timestampText() + ")";
            if (chain.keys().size() > 1 ? chain.refusalOf(kept) != null : !TreeHeadSigner.verify(kept, trustedKey)) {
                problems.add(named + ": its signature does not verify with the trusted public key, so it proves nothing");
                continue;
            }
            boolean stored = tables.heads().stream().anyMatch(row -> row.treeSize() == size
                    && MessageDigest.isEqual(row.rootHash(), kept.head().rootHash()));
            if (!stored) {
                problems.add(named + " is not in tree_head: the ledger signed it, so tree heads were deleted or altered since");
            }
            if (size > events.size()) {
                problems.add(named + ": the ledger now holds only " + events.size() + " events, so events it had signed were "
                        + "deleted (its tail was rolled back)");
            } else if (!MessageDigest.isEqual(MerkleTree.rootHash(events, (int) size), kept.head().rootHash())) {
                problems.add(named + " is not reproduced by the first " + size + " events now in domain_event_entry: the ledger's "
                        + "history up to that size was rewritten since it was signed (a rollback of its tail, or an edit)");
            }
        }
    }

    /** An event reduced to what the audit compares and names. */
    private record StoredEvent(long position, String eventIdentifier, String traineeId) {

        String named() {
            return "position " + position + " (event " + eventIdentifier + ", trainee " + traineeId + ")";
        }
    }

    private record StoredLeaf(long leafIndex, long position, byte[] leafHash) {
    }

    /** A row of {@code tree_head}; {@code mapRootHash} is null for a head of version 1. */
    private record StoredHead(long treeSize, byte[] rootHash, OffsetDateTime timestamp, byte[] signature,
                              String keyId, byte[] mapRootHash) {
    }

    /**
     * What the events now in the table showed, taken in one pass as they stream in: every event's leaf
     * hash (for the roots), and, for each recorded leaf, whether an event stands at its position and the
     * event if it differs. Only the events that differ or have no leaf are kept whole, so memory stays at
     * a hash per event.
     *
     * @param found      by leaf (as listed), whether an event stands at its position
     * @param differing  by leaf, the event at its position whose leaf hash differs, else null
     * @param unrecorded the events at positions no leaf records, in position order
     * @param mapRoots   by tree size of each head of version 2, the record map root of the events now in the table
     */
    private record Events(long count, List<byte[]> leafHashes, boolean[] found, StoredEvent[] differing,
                          List<StoredEvent> unrecorded, Map<Long, byte[]> mapRoots) {

        /** Events handed to the hashing thread at a time, and how many such batches may wait for it. */
        private static final int BATCH = 1_000;
        private static final int BATCHES_WAITING = 4;

        /**
         * Reads the events on this thread and hashes them on another, so that on two cores decoding the
         * rows and hashing them (about equal costs) overlap; the bounded wait keeps memory at a few
         * batches of events, however large the ledger.
         */
        static Events read(Connection connection, List<StoredLeaf> leaves, List<Long> mapSizes) throws SQLException {
            Comparison comparison = new Comparison(leaves, mapSizes);
            ExecutorService hasher = Executors.newSingleThreadExecutor();
            Deque<Future<?>> waiting = new ArrayDeque<>();
            try (BinaryCopy rows = new BinaryCopy(connection, "SELECT " + LedgerEventRows.COLUMNS + " FROM "
                    + LedgerEventRows.TABLE + " ORDER BY global_index", 9)) {
                List<LedgerEvent> batch = new ArrayList<>(BATCH);
                boolean more;
                do {
                    more = rows.next();
                    if (more) {
                        batch.add(new LedgerEvent(rows.integer(), rows.text(), rows.text(), rows.integer(),
                                rows.text(), rows.text(), rows.text(), rows.bytes(), rows.bytes()));
                    }
                    if (batch.size() == BATCH || !more && !batch.isEmpty()) {
                        List<LedgerEvent> full = batch;
                        waiting.add(hasher.submit(() -> full.forEach(comparison::take)));
                        batch = new ArrayList<>(BATCH);
                    }
                    while (waiting.size() > (more ? BATCHES_WAITING : 0)) {
                        awaitBatch(waiting.removeFirst());
                    }
                } while (more);
            } finally {
                hasher.shutdownNow();
            }
            return comparison.events();
        }

        private static void awaitBatch(Future<?> batch) throws SQLException {
            try {
                batch.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while hashing the events", e);
            }
        }
    }

    /** Compares the events, in position order, with the recorded leaves; used by one thread at a time. */
    private static final class Comparison {

        private final List<StoredLeaf> leaves;
        private final LeafPositions recorded;
        private final boolean[] found;
        private final StoredEvent[] differing;
        private final List<byte[]> leafHashes = new ArrayList<>();
        private final List<StoredEvent> unrecorded = new ArrayList<>();
        private final RecordMapTally recordMaps;

        Comparison(List<StoredLeaf> leaves, List<Long> mapSizes) {
            this.leaves = leaves;
            this.recordMaps = new RecordMapTally(mapSizes);
            recorded = new LeafPositions(leaves);
            found = new boolean[leaves.size()];
            differing = new StoredEvent[leaves.size()];
        }

        void take(LedgerEvent event) {
            byte[] leafHash = event.leafHash();
            leafHashes.add(leafHash);
            recordMaps.take(event.aggregateIdentifier(), event.position());
            StoredEvent stored = new StoredEvent(event.position(), event.eventIdentifier(), event.aggregateIdentifier());
            int first = recorded.first(event.position());
            if (first < 0) {
                unrecorded.add(stored);
            }
            // a later event at the same position (possible only without the primary key) replaces an
            // earlier one, as it always has
            for (int i = first; i >= 0 && i < recorded.positions.length && recorded.positions[i] == event.position(); i++) {
                int leaf = recorded.leaves[i];
                found[leaf] = true;
                differing[leaf] = MessageDigest.isEqual(leafHash, leaves.get(leaf).leafHash()) ? null : stored;
            }
        }

        Events events() {
            return new Events(leafHashes.size(), leafHashes, found, differing, unrecorded, recordMaps.roots());
        }
    }

    /** The leaves sorted by the position they record, to look an event's leaves up without boxing 100,000s of keys. */
    private static final class LeafPositions {

        private final long[] positions;
        private final int[] leaves;

        LeafPositions(List<StoredLeaf> recorded) {
            // sorted already unless ledger_leaf was altered: then the sort costs a little, and only then
            Integer[] byPosition = new Integer[recorded.size()];
            Arrays.setAll(byPosition, i -> i);
            Arrays.sort(byPosition, Comparator.comparingLong(i -> recorded.get(i).position()));
            positions = new long[byPosition.length];
            leaves = new int[byPosition.length];
            for (int i = 0; i < byPosition.length; i++) {
                leaves[i] = byPosition[i];
                positions[i] = recorded.get(leaves[i]).position();
            }
        }

        /** The first index into the sorted leaves that records {@code position}; -1 if none does. */
        int first(long position) {
            int at = Arrays.binarySearch(positions, position);
            if (at < 0) {
                return -1;
            }
            while (at > 0 && positions[at - 1] == position) {
                at--;
            }
            return at;
        }
    }

    private record Tables(Events events, List<StoredLeaf> leaves, List<StoredHead> heads) {

        /** The heads and leaves first: the events are then compared with the leaves as they are read. */
        static Tables read(Connection connection) throws SQLException {
            List<StoredHead> heads = readHeads(connection);
            List<StoredLeaf> leaves = readLeaves(connection);
            List<Long> mapSizes = heads.stream().filter(head -> head.mapRootHash() != null).map(StoredHead::treeSize).toList();
            return new Tables(Events.read(connection, leaves, mapSizes), leaves, heads);
        }

        /** Whether the {@code tree_head} the search path finds has the column, asked without failing the transaction. */
        private static boolean hasMapRootColumn(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                         + "to_regclass('tree_head') AND attname = 'map_root_hash' AND NOT attisdropped")) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }

        private static List<StoredLeaf> readLeaves(Connection connection) throws SQLException {
            List<StoredLeaf> leaves = new ArrayList<>();
            try (BinaryCopy rows = new BinaryCopy(connection,
                    "SELECT leaf_index, position, leaf_hash FROM ledger_leaf ORDER BY leaf_index", 3)) {
                while (rows.next()) {
                    leaves.add(new StoredLeaf(rows.integer(), rows.integer(), rows.bytes()));
                }
            }
            return leaves;
        }

        private static List<StoredHead> readHeads(Connection connection) throws SQLException {
            List<StoredHead> heads = new ArrayList<>();
            // a ledger from before db/audit/V3 has no map_root_hash: all its heads are of version 1
            String mapRoot = hasMapRootColumn(connection) ? "map_root_hash" : "NULL";
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT tree_size, root_hash, timestamp, signature, key_id, "
                         + mapRoot + " FROM tree_head ORDER BY tree_size")) {
                while (rows.next()) {
                    heads.add(new StoredHead(rows.getLong(1), rows.getBytes(2), rows.getObject(3, OffsetDateTime.class),
                            rows.getBytes(4), rows.getString(5), rows.getBytes(6)));
                }
            }
            return heads;
        }
    }

    private static final class Audit {

        private final Connection connection;
        private final PublicKey trustedKey;
        private final KeyChain chain;
        private final Tables tables;
        private final List<String> problems;
        private final List<String> notes;
        private List<SignedTreeHead> signed = List.of();
        /** For each trusted head (in the order of {@link #signed}), whether the recorded leaves / the events reproduce its root. */
        private boolean[] reproducedByLeaves = new boolean[0];
        private boolean[] reproducedByEvents = new boolean[0];
        /** The leaves, sizes and roots that {@link #rootHashes} computed last. */
        private List<byte[]> hashedLeaves = List.of();
        private List<Integer> hashedSizes;
        private List<byte[]> hashedRoots;

        Audit(Connection connection, PublicKey trustedKey, KeyChain chain, Tables tables, List<String> problems,
              List<String> notes) {
            this.connection = connection;
            this.trustedKey = trustedKey;
            this.chain = chain;
            this.tables = tables;
            this.problems = problems;
            this.notes = notes;
        }

        void run() throws SQLException {
            List<SignedTreeHead> signed = trustedHeads();
            if (signed.isEmpty()) {
                if (tables.events().count() > 0) {
                    problems.add("no tree head is signed by the trusted key (key id " + Ed25519Keys.keyId(trustedKey)
                            + "), so none of the " + tables.events().count() + " events can be verified");
                }
            } else {
                TreeHead newest = signed.get(signed.size() - 1).head();
                notes.add("the newest signed tree head has size " + newest.treeSize() + " and root "
                        + Hashes.hex(newest.rootHash()) + ", made " + newest.timestampText());
            }
            List<byte[]> recordedLeaves = checkLeafTable();
            this.signed = signed;
            reproducedByLeaves = checkRoots(signed, recordedLeaves, "the recorded leaves (ledger_leaf)", problems);
            // the events' roots are needed to tell which side of an altered leaf changed; their finding is reported last
            List<String> eventRoots = new ArrayList<>();
            reproducedByEvents = checkRoots(signed, tables.events().leafHashes(), "the events now in domain_event_entry", eventRoots);
            compareEventsWithLeaves(signed.isEmpty() ? 0 : signed.get(signed.size() - 1).head().treeSize());
            problems.addAll(eventRoots);
            checkMapRoots(signed);
        }

        /**
         * Each signed head of version 2 must carry the root of the record map its first events give (§4a): a head whose
         * map disagrees would let a bundle prove a record complete that is not, or refuse one that is.
         */
        private void checkMapRoots(List<SignedTreeHead> signed) {
            for (SignedTreeHead head : signed) {
                TreeHead treeHead = head.head();
                byte[] recomputed = treeHead.hasRecordMap() ? tables.events().mapRoots().get(treeHead.treeSize()) : null;
                if (recomputed != null && !MessageDigest.isEqual(recomputed, treeHead.mapRootHash())) {
                    problems.add("tree head of size " + treeHead.treeSize() + " (made " + treeHead.timestampText()
                            + "): its signed record map root " + Hashes.hex(treeHead.mapRootHash()) + " is not the root "
                            + Hashes.hex(recomputed) + " of the record map of the first " + treeHead.treeSize()
                            + " events now in domain_event_entry");
                }
            }
        }

        /**
         * Which side changed where a leaf and the event at its position differ, decided by the oldest signed head that
         * covers the leaf: whichever of the two still reproduces its root is as signed, so the other one changed.
         */
        private String changedSide(long leafIndex) {
            for (int h = 0; h < signed.size(); h++) {
                long size = signed.get(h).head().treeSize();
                if (size <= leafIndex) {
                    continue;
                }
                if (reproducedByEvents[h] && !reproducedByLeaves[h]) {
                    return "the leaf in ledger_leaf was changed; the event still reproduces the signed root of size " + size;
                }
                if (reproducedByLeaves[h] && !reproducedByEvents[h]) {
                    return "the event was changed; its recorded leaf still reproduces the signed root of size " + size;
                }
                return "neither the leaves nor the events reproduce the signed root of size " + size
                        + ", so both were changed here or elsewhere";
            }
            return "no signed tree head covers this leaf yet, so the signatures cannot tell which side changed";
        }

        /** The tree heads whose signatures verify with the trusted key, by ascending size. */
        private List<SignedTreeHead> trustedHeads() {
            String trustedId = Ed25519Keys.keyId(trustedKey);
            List<SignedTreeHead> trusted = new ArrayList<>();
            for (StoredHead row : tables.heads()) {
                SignedTreeHead head;
                try {
                    head = new SignedTreeHead(new TreeHead(row.treeSize(), row.rootHash(), row.timestamp().toInstant(),
                            row.mapRootHash()), row.signature(), row.keyId());
                } catch (RuntimeException e) {
                    problems.add("the tree head row of size " + row.treeSize() + " is not a tree head: " + e.getMessage());
                    continue;
                }
                String named = "tree head of size " + row.treeSize() + " (made " + head.head().timestampText() + ")";
                if (chain.keys().size() > 1) {
                    // the key was rotated: the announcement chain says which key signs heads of this size
                    String refusal = chain.refusalOf(head);
                    if (refusal == null) {
                        trusted.add(head);
                    } else {
                        problems.add(named + ": " + refusal);
                    }
                    continue;
                }
                boolean verifies = TreeHeadSigner.verify(head, trustedKey);
                boolean labelled = trustedId.equals(row.keyId());
                if (verifies && labelled) {
                    trusted.add(head);
                } else if (verifies) {
                    problems.add(named + ": its key_id was changed to " + row.keyId()
                            + ", though it is signed by the trusted key");
                    trusted.add(head);
                } else if (labelled) {
                    problems.add(named + ": its signature does not verify with the trusted public key");
                } else {
                    problems.add(named + ": it names key id " + row.keyId() + ", not the trusted key (key id "
                            + trustedId + "), and its signature does not verify with the trusted key");
                }
            }
            return trusted;
        }

        /** Checks that leaves are numbered 0, 1, 2, … with increasing positions; returns the gapless prefix. */
        private List<byte[]> checkLeafTable() {
            List<byte[]> prefix = new ArrayList<>();
            long previousPosition = Long.MIN_VALUE;
            boolean gapless = true;
            for (StoredLeaf leaf : tables.leaves()) {
                if (gapless && leaf.leafIndex() != prefix.size()) {
                    problems.add("ledger_leaf has no leaf " + prefix.size() + " (the next leaf it holds is leaf "
                            + leaf.leafIndex() + ")");
                    gapless = false;
                }
                if (gapless) {
                    prefix.add(leaf.leafHash());
                }
                if (leaf.position() <= previousPosition) {
                    problems.add("leaf " + leaf.leafIndex() + " records position " + leaf.position()
                            + ", which does not come after the previous leaf's position " + previousPosition);
                }
                previousPosition = leaf.position();
            }
            return prefix;
        }

        /**
         * Recomputes every signed root from the given leaves; one finding sums up the heads that fail. Returns, for each
         * head, whether the leaves reproduce it.
         */
        private boolean[] checkRoots(List<SignedTreeHead> signed, List<byte[]> leaves, String source, List<String> problems) {
            boolean[] reproduced = new boolean[signed.size()];
            List<SignedTreeHead> computable = new ArrayList<>();
            List<SignedTreeHead> tooLarge = new ArrayList<>();
            for (SignedTreeHead head : signed) {
                (head.head().treeSize() <= leaves.size() ? computable : tooLarge).add(head);
            }
            List<byte[]> roots = rootHashes(leaves, computable.stream().map(h -> (int) h.head().treeSize()).toList());
            List<SignedTreeHead> failing = new ArrayList<>();
            SignedTreeHead lastGood = null;
            for (int i = 0; i < computable.size(); i++) {
                if (MessageDigest.isEqual(roots.get(i), computable.get(i).head().rootHash())) {
                    reproduced[i] = true; // the computable heads are the first of the signed ones, in the same order
                    if (failing.isEmpty()) {
                        lastGood = computable.get(i);
                    }
                } else {
                    failing.add(computable.get(i));
                }
            }
            if (!failing.isEmpty()) {
                TreeHead first = failing.get(0).head();
                long from = lastGood == null ? 0 : lastGood.head().treeSize();
                String which = failing.size() == 1 ? "the signed root of the tree head of size " + first.treeSize()
                        + " (made " + first.timestampText() + ")"
                        : "the signed roots of " + failing.size() + " tree heads, from size " + first.treeSize()
                        + " (made " + first.timestampText() + ") to size "
                        + failing.get(failing.size() - 1).head().treeSize();
                problems.add(source + " do not reproduce " + which + ": something changed among leaves " + from
                        + " to " + (first.treeSize() - 1));
            }
            if (!tooLarge.isEmpty()) {
                long largest = tooLarge.get(tooLarge.size() - 1).head().treeSize();
                problems.add(source + " give only " + leaves.size() + " leaves, but a tree head of size " + largest
                        + " is signed: leaves " + leaves.size() + " to " + (largest - 1) + " are missing");
            }
            return reproduced;
        }

        /**
         * The roots of the trees of the given sizes. The events' leaves are nearly always the recorded
         * leaves, hash for hash; then their roots are those already computed from the recorded leaves,
         * and hashing the tree a second time would only repeat it.
         */
        private List<byte[]> rootHashes(List<byte[]> leaves, List<Integer> sizes) {
            int largest = sizes.isEmpty() ? 0 : sizes.get(sizes.size() - 1);
            if (!sizes.equals(hashedSizes) || !samePrefix(leaves, hashedLeaves, largest)) {
                hashedRoots = MerkleTree.rootHashes(leaves, sizes);
                hashedLeaves = leaves;
                hashedSizes = sizes;
            }
            return hashedRoots;
        }

        private static boolean samePrefix(List<byte[]> a, List<byte[]> b, int length) {
            if (a.size() < length || b.size() < length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (!Arrays.equals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Names each event that differs from, lacks, or has no recorded leaf. */
        private void compareEventsWithLeaves(long signedSize) throws SQLException {
            Events events = tables.events();
            List<Altered> altered = new ArrayList<>();
            long lastRecordedPosition = Long.MIN_VALUE;
            StoredLeaf firstParting = null;
            boolean firstPartingFound = false;
            for (int i = 0; i < tables.leaves().size(); i++) {
                StoredLeaf leaf = tables.leaves().get(i);
                lastRecordedPosition = Math.max(lastRecordedPosition, leaf.position());
                if (!events.found()[i]) {
                    problems.add("position " + leaf.position() + ", recorded as leaf " + leaf.leafIndex() + ", is missing");
                } else if (events.differing()[i] != null) {
                    altered.add(new Altered(events.differing()[i], leaf));
                }
                if (firstParting == null && (!events.found()[i] || events.differing()[i] != null)) {
                    firstParting = leaf;
                    firstPartingFound = events.found()[i];
                }
            }
            if (firstParting != null) {
                problems.add(0, "leaves and events first part at position " + firstParting.position() + " (leaf "
                        + firstParting.leafIndex() + "): " + (firstPartingFound
                        ? changedSide(firstParting.leafIndex()) : "the event recorded there was deleted"));
            }
            reportAltered(altered);
            for (StoredEvent event : events.unrecorded()) {
                if (event.position() < lastRecordedPosition) {
                    problems.add(event.named() + " was never recorded in the ledger's tree");
                } else {
                    notes.add(event.named() + " is not yet covered by a signed tree head");
                }
            }
            List<StoredLeaf> unsigned = tables.leaves().stream().filter(l -> l.leafIndex() >= signedSize).toList();
            if (!unsigned.isEmpty()) {
                notes.add((unsigned.size() == 1 ? "leaf " + unsigned.get(0).leafIndex() + " (position "
                        + unsigned.get(0).position() + ") is" : "leaves " + unsigned.get(0).leafIndex() + " to "
                        + unsigned.get(unsigned.size() - 1).leafIndex() + " (positions " + unsigned.get(0).position()
                        + " to " + unsigned.get(unsigned.size() - 1).position() + ") are")
                        + " recorded but not yet covered by a signed tree head; their events were checked against the"
                        + " recorded leaves only");
            }
        }

        private record Altered(StoredEvent event, StoredLeaf leaf) {
        }

        /** Names altered events, recognising two events whose columns or positions were exchanged. */
        private void reportAltered(List<Altered> altered) throws SQLException {
            Set<Altered> explained = new HashSet<>();
            if (altered.size() > 1 && altered.size() <= SWAP_SEARCH_LIMIT) {
                Map<Long, LedgerEvent> rows = readEvents(altered);
                for (int i = 0; i < altered.size(); i++) {
                    for (int j = i + 1; j < altered.size(); j++) {
                        Altered a = altered.get(i);
                        Altered b = altered.get(j);
                        if (explained.contains(a) || explained.contains(b)) {
                            continue;
                        }
                        String swap = swapBetween(rows.get(a.event().position()), a.leaf(),
                                rows.get(b.event().position()), b.leaf());
                        if (swap != null) {
                            problems.add(a.event().named() + " and " + b.event().named() + ": " + swap);
                            explained.add(a);
                            explained.add(b);
                        }
                    }
                }
            }
            for (Altered a : altered) {
                if (!explained.contains(a)) {
                    problems.add(a.event().named() + ": its content differs from what the ledger recorded as leaf "
                            + a.leaf().leafIndex() + ": " + changedSide(a.leaf().leafIndex()));
                }
            }
        }

        private Map<Long, LedgerEvent> readEvents(List<Altered> altered) throws SQLException {
            Map<Long, LedgerEvent> rows = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + LedgerEventRows.COLUMNS + " FROM " + LedgerEventRows.TABLE + " WHERE global_index = ?")) {
                for (Altered a : altered) {
                    statement.setLong(1, a.event().position());
                    try (ResultSet row = statement.executeQuery()) {
                        if (row.next()) {
                            rows.put(a.event().position(), LedgerEventRows.of(row));
                        }
                    }
                }
            }
            return rows;
        }

        /** What was exchanged between two altered events, when exchanging it back restores both leaves. */
        private static String swapBetween(LedgerEvent a, StoredLeaf leafA, LedgerEvent b, StoredLeaf leafB) {
            if (a == null || b == null) {
                return null;
            }
            if (restores(a, leafB, e -> with(e, b.position(), e.metaData(), e.payload(), e.timeStamp()))
                    && restores(b, leafA, e -> with(e, a.position(), e.metaData(), e.payload(), e.timeStamp()))) {
                return "they have been swapped: each now stands at the other's position";
            }
            if (restores(a, leafA, e -> with(e, e.position(), e.metaData(), b.payload(), e.timeStamp()))
                    && restores(b, leafB, e -> with(e, e.position(), e.metaData(), a.payload(), e.timeStamp()))) {
                return "their payloads have been swapped";
            }
            if (restores(a, leafA, e -> with(e, e.position(), b.metaData(), e.payload(), e.timeStamp()))
                    && restores(b, leafB, e -> with(e, e.position(), a.metaData(), e.payload(), e.timeStamp()))) {
                return "their metadata (who recorded them) have been swapped";
            }
            if (restores(a, leafA, e -> with(e, e.position(), e.metaData(), e.payload(), b.timeStamp()))
                    && restores(b, leafB, e -> with(e, e.position(), e.metaData(), e.payload(), a.timeStamp()))) {
                return "their time stamps have been swapped";
            }
            return null;
        }

        private static boolean restores(LedgerEvent event, StoredLeaf leaf, UnaryOperator<LedgerEvent> change) {
            return MessageDigest.isEqual(change.apply(event).leafHash(), leaf.leafHash());
        }

        private static LedgerEvent with(LedgerEvent e, long position, byte[] metaData, byte[] payload, String timeStamp) {
            return new LedgerEvent(position, e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                    e.payloadType(), e.payloadRevision(), timeStamp, metaData, payload);
        }
    }
}
