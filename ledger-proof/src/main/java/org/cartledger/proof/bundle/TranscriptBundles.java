package org.cartledger.proof.bundle;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** Builds transcript bundles and reads and writes their JSON (docs/ledger-proofs.md §6). */
public final class TranscriptBundles {

    /*
     * Reading is strict, so that altered text fails to read instead of reading as something else:
     * unknown or repeated fields, trailing content and numbers where text belongs are all refused.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private TranscriptBundles() {
    }

    /**
     * The bundle of one trainee's record against one signed tree head.
     *
     * @param traineeId              the trainee, i.e. the events' aggregate identifier
     * @param exportedAt             when the bundle is made; written in whole seconds
     * @param head                   the signed tree head every proof leads to
     * @param key                    the public key that verifies {@code head}
     * @param traineeEvents          the trainee's events in sequence order, all with a position covered
     *                               by {@code head}
     * @param leafIndexes            the leaf index of each event, in the same order
     * @param auditPathForLeafIndex  the audit path of a leaf in the tree of {@code head}'s size (e.g.
     *                               {@code i -> MerkleTree.inclusionPath(leaves, i.intValue(), size)})
     * @throws IllegalArgumentException if the lists differ in length, an event belongs to another
     *                                  trainee, or a leaf index lies outside the tree
     */
    public static TranscriptBundle build(String traineeId, Instant exportedAt, SignedTreeHead head, PublicKey key,
                                         List<LedgerEvent> traineeEvents, List<Long> leafIndexes,
                                         Function<Long, List<byte[]>> auditPathForLeafIndex) {
        Objects.requireNonNull(traineeId, "traineeId");
        Objects.requireNonNull(auditPathForLeafIndex, "auditPathForLeafIndex");
        if (traineeEvents.size() != leafIndexes.size()) {
            throw new IllegalArgumentException(traineeEvents.size() + " events but " + leafIndexes.size()
                    + " leaf indexes: each event needs its leaf index");
        }
        long treeSize = head.head().treeSize();
        List<BundleEntry> entries = new ArrayList<>(traineeEvents.size());
        for (int i = 0; i < traineeEvents.size(); i++) {
            LedgerEvent event = traineeEvents.get(i);
            long leafIndex = leafIndexes.get(i);
            if (!traineeId.equals(event.aggregateIdentifier())) {
                throw new IllegalArgumentException("event " + event.eventIdentifier() + " belongs to trainee "
                        + event.aggregateIdentifier() + ", not " + traineeId);
            }
            if (leafIndex < 0 || leafIndex >= treeSize) {
                throw new IllegalArgumentException("leaf " + leafIndex + " of event " + event.eventIdentifier()
                        + " is not in the signed tree of size " + treeSize);
            }
            entries.add(new BundleEntry(BundleEvent.of(event), InclusionProofJson.of(leafIndex, treeSize,
                    event.leafHash(), auditPathForLeafIndex.apply(leafIndex))));
        }
        return new TranscriptBundle(TranscriptBundle.FORMAT, traineeId, TreeHead.formatTimestamp(exportedAt),
                BundlePublicKey.of(key), BundleTreeHead.of(head), List.copyOf(entries), null, null);
    }

    /**
     * As {@link #build(String, Instant, SignedTreeHead, PublicKey, List, List, Function)}, with the
     * audit paths computed from the ledger's leaf hashes (at least the head's tree size of them).
     */
    public static TranscriptBundle build(String traineeId, Instant exportedAt, SignedTreeHead head, PublicKey key,
                                         List<LedgerEvent> traineeEvents, List<Long> leafIndexes,
                                         List<byte[]> leafHashes) {
        int treeSize = Math.toIntExact(head.head().treeSize());
        return build(traineeId, exportedAt, head, key, traineeEvents, leafIndexes,
                leafIndex -> MerkleTree.inclusionPath(leafHashes, Math.toIntExact(leafIndex), treeSize));
    }

    /** The bundle as UTF-8 JSON, indented for a reader. */
    public static byte[] toJson(TranscriptBundle bundle) {
        return MAPPER.writeValueAsBytes(bundle);
    }

    /**
     * Reads a bundle. Fields that are absent read as null; {@link BundleVerifier} says which.
     *
     * @throws IllegalArgumentException with a message that begins "the bundle is not valid JSON", "the
     *                                  bundle does not have the form of a transcript bundle" or "the
     *                                  bundle could not be read"
     */
    public static TranscriptBundle fromJson(byte[] json) {
        try {
            TranscriptBundle bundle = MAPPER.readValue(json, TranscriptBundle.class);
            if (bundle == null) {
                throw new IllegalArgumentException("the bundle does not have the form of a transcript bundle: it is null");
            }
            return bundle;
        } catch (StreamReadException e) {
            throw new IllegalArgumentException("the bundle is not valid JSON: " + describe(e), e);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("the bundle does not have the form of a transcript bundle: it has a field \""
                    + e.getPropertyName() + "\" that does not belong there" + at(e), e);
        } catch (DatabindException e) {
            throw new IllegalArgumentException("the bundle does not have the form of a transcript bundle: "
                    + firstLine(e.getOriginalMessage()).replaceAll(" \\(class [^)]*\\)", "") + at(e), e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the bundle could not be read: " + describe(e), e);
        }
    }

    /** Where in the bundle a mapping problem is, e.g. " (at entries[2].event)". */
    private static String at(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : " (at " + path + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }

    private static String describe(JacksonException e) {
        String message = firstLine(e.getOriginalMessage());
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return message;
    }
}
