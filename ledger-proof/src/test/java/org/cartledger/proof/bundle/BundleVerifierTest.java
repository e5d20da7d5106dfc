package org.cartledger.proof.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SampleLedger;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class BundleVerifierTest {

    private static final KeyPair KEYS = Ed25519Keys.generate();
    private static final TreeHeadSigner SIGNER = new TreeHeadSigner(KEYS);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The bundle of one trainee's record within a sample ledger of three trainees, signed at {@code signedSize}. */
    static byte[] bundleOf(String trainee, int ledgerSize, int signedSize) {
        List<LedgerEvent> ledger = SampleLedger.events(ledgerSize);
        List<byte[]> leaves = SampleLedger.leafHashes(ledger);
        SignedTreeHead head = SIGNER.sign(new TreeHead(signedSize, MerkleTree.rootHash(leaves, signedSize),
                Instant.parse("2026-11-27T02:00:00Z")));
        List<LedgerEvent> record = new ArrayList<>();
        List<Long> leafIndexes = new ArrayList<>();
        for (int i = 0; i < signedSize; i++) {
            if (ledger.get(i).aggregateIdentifier().equals(trainee)) {
                record.add(ledger.get(i));
                leafIndexes.add((long) i);
            }
        }
        TranscriptBundle bundle = TranscriptBundles.build(trainee, Instant.parse("2026-11-27T02:05:00Z"), head,
                SIGNER.publicKey(), record, leafIndexes, leaves);
        return TranscriptBundles.toJson(bundle);
    }

    private static final byte[] BUNDLE = bundleOf("F-2026-002", 23, 20);

    @Test
    void aBundleAsBuiltVerifiesWithTheTrustedKey() {
        VerificationReport report = BundleVerifier.verify(BUNDLE, SIGNER.publicKey());
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(7);
    }

    @Test
    void aConsistencyProofTheBundleCarriesMustLeadToItsOwnHead() {
        List<byte[]> leaves = SampleLedger.leafHashes(SampleLedger.events(23));
        TranscriptBundle bundle = TranscriptBundles.fromJson(BUNDLE);
        ConsistencyProofJson good = ConsistencyProofJson.of(12, 20, MerkleTree.rootHash(leaves, 12), MerkleTree.rootHash(leaves, 20),
                MerkleTree.consistencyPath(leaves, 12, 20));
        ConsistencyProofJson elsewhere = ConsistencyProofJson.of(12, 23, MerkleTree.rootHash(leaves, 12),
                MerkleTree.rootHash(leaves, 23), MerkleTree.consistencyPath(leaves, 12, 23));
        ConsistencyProofJson broken = new ConsistencyProofJson(12L, 20L, good.fromRoot(), good.toRoot(), good.path().subList(1,
                good.path().size()));

        assertThat(BundleVerifier.verify(TranscriptBundles.toJson(bundle.withConsistencyProofs(List.of(good))), SIGNER.publicKey())
                .failures()).isEmpty();
        assertThat(BundleVerifier.verify(TranscriptBundles.toJson(bundle.withConsistencyProofs(List.of(good, elsewhere, broken))),
                SIGNER.publicKey()).failures()).containsExactly(
                "consistencyProofs[1] leads to a tree of size 23 and root " + elsewhere.toRoot()
                        + ", not to the bundle's tree head (size 20, root " + good.toRoot() + ")",
                "consistencyProofs[2] does not prove the tree of size 12 (root " + good.fromRoot() + ") a prefix of the bundle's tree");
    }

    @Test
    void aBundleVerifiesAgainstItsOwnKeyWhenNoKeyIsTrusted() {
        assertThat(BundleVerifier.verify(BUNDLE, null).verified()).isTrue();
    }

    @Test
    void theJsonHasExactlyTheFieldsOfTheContract() {
        JsonNode bundle = JSON.readTree(BUNDLE);
        assertThat(names(bundle)).containsExactly("format", "traineeId", "exportedAt", "publicKey", "treeHead", "entries");
        assertThat(bundle.get("format").asString()).isEqualTo("cartledger-transcript-bundle-v1");
        assertThat(bundle.get("exportedAt").asString()).isEqualTo("2026-11-27T02:05:00Z");
        assertThat(names(bundle.get("publicKey"))).containsExactly("algorithm", "spki", "keyId");
        assertThat(bundle.get("publicKey").get("algorithm").asString()).isEqualTo("Ed25519");
        assertThat(names(bundle.get("treeHead"))).containsExactly("treeSize", "rootHash", "timestamp", "signature", "keyId");
        assertThat(bundle.get("treeHead").get("treeSize").isIntegralNumber()).isTrue();
        assertThat(bundle.get("treeHead").get("timestamp").asString()).isEqualTo("2026-11-27T02:00:00Z");
        JsonNode entry = bundle.get("entries").get(0);
        assertThat(names(entry)).containsExactly("event", "inclusionProof");
        assertThat(names(entry.get("event"))).containsExactly("position", "eventIdentifier", "aggregateIdentifier",
                "sequenceNumber", "payloadType", "payloadRevision", "timeStamp", "metaData", "payload");
        assertThat(entry.get("event").get("payloadRevision").isNull()).isTrue();
        assertThat(new String(Base64.getDecoder().decode(entry.get("event").get("payload").asString()),
                StandardCharsets.UTF_8)).contains("\"traineeId\":\"F-2026-002\"");
        assertThat(names(entry.get("inclusionProof"))).containsExactly("leafIndex", "treeSize", "leafHash", "auditPath");
        assertThat(entry.get("inclusionProof").get("leafHash").asString()).matches("[0-9a-f]{64}");
    }

    @Test
    void theBundleReadsBackToTheSameRecords() {
        TranscriptBundle read = TranscriptBundles.fromJson(BUNDLE);
        assertThat(TranscriptBundles.toJson(read)).isEqualTo(BUNDLE);
        assertThat(read.entries().get(0).event().toLedgerEvent()).isEqualTo(SampleLedger.events(23).get(1));
    }

    @Test
    void aBundleDoesNotVerifyWithAKeyTheAuditorDoesNotTrust() {
        VerificationReport report = BundleVerifier.verify(BUNDLE, Ed25519Keys.generate().getPublic());
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).anyMatch(f -> f.contains("is not the key you trust"))
                .anyMatch(f -> f.contains("tree head signature does not verify with the key you trust"));
    }

    @Test
    void aBundleSignedByAnotherKeyDoesNotVerifyWithTheTrustedOne() {
        TreeHeadSigner impostor = new TreeHeadSigner(Ed25519Keys.generate());
        List<LedgerEvent> ledger = SampleLedger.events(6);
        List<byte[]> leaves = SampleLedger.leafHashes(ledger);
        SignedTreeHead head = impostor.sign(new TreeHead(6, MerkleTree.rootHash(leaves), Instant.now()));
        byte[] forged = TranscriptBundles.toJson(TranscriptBundles.build("F-2026-001", Instant.now(), head,
                impostor.publicKey(), List.of(ledger.get(0), ledger.get(3)), List.of(0L, 3L), leaves));
        assertThat(BundleVerifier.verify(forged, null).verified()).isTrue();
        assertThat(BundleVerifier.verify(forged, SIGNER.publicKey()).verified()).isFalse();
    }

    @Test
    void removingAnEntryFromTheMiddleLeavesAGapInTheSequence() {
        ObjectNode bundle = (ObjectNode) JSON.readTree(BUNDLE);
        ((ArrayNode) bundle.get("entries")).remove(3);
        VerificationReport report = BundleVerifier.verify(JSON.writeValueAsBytes(bundle), SIGNER.publicKey());
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).containsExactly("sequence numbers jump from 2 to 4: an entry is missing");
    }

    @Test
    void removingTheFirstEntryIsReportedAsMissingTheStartOfTheRecord() {
        ObjectNode bundle = (ObjectNode) JSON.readTree(BUNDLE);
        ((ArrayNode) bundle.get("entries")).remove(0);
        VerificationReport report = BundleVerifier.verify(JSON.writeValueAsBytes(bundle), SIGNER.publicKey());
        assertThat(report.failures()).containsExactly("the first entry has sequence number 1, not 0: an entry is missing");
    }

    @Test
    void entriesOutOfOrderAreReported() {
        ObjectNode bundle = (ObjectNode) JSON.readTree(BUNDLE);
        ArrayNode entries = (ArrayNode) bundle.get("entries");
        JsonNode second = entries.remove(1);
        entries.insert(2, second);
        VerificationReport report = BundleVerifier.verify(JSON.writeValueAsBytes(bundle), SIGNER.publicKey());
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).anyMatch(f -> f.startsWith("sequence numbers jump from 0 to 2"))
                .anyMatch(f -> f.contains("entries are repeated or out of order"))
                .anyMatch(f -> f.contains("has position") && f.contains("not after"));
    }

    @Test
    void anotherTraineesEntryWithAValidProofIsStillRefused() {
        ObjectNode bundle = (ObjectNode) JSON.readTree(BUNDLE);
        JsonNode foreign = JSON.readTree(bundleOf("F-2026-001", 23, 20)).get("entries").get(6);
        ((ArrayNode) bundle.get("entries")).add(foreign);
        VerificationReport report = BundleVerifier.verify(JSON.writeValueAsBytes(bundle), SIGNER.publicKey());
        assertThat(report.failures()).anyMatch(f -> f.startsWith("entry 7 (position")
                && f.endsWith("it belongs to trainee F-2026-001, not to the bundle's trainee F-2026-002"));
    }

    @Test
    void anAlteredPayloadIsNamedByEntryPositionAndEvent() {
        ObjectNode bundle = (ObjectNode) JSON.readTree(BUNDLE);
        ObjectNode event = (ObjectNode) bundle.get("entries").get(2).get("event");
        String payload = new String(Base64.getDecoder().decode(event.get("payload").asString()), StandardCharsets.UTF_8);
        event.put("payload", Base64.getEncoder().encodeToString(
                payload.replace("\"supervised\":true", "\"supervised\":false").getBytes(StandardCharsets.UTF_8)));
        VerificationReport report = BundleVerifier.verify(JSON.writeValueAsBytes(bundle), SIGNER.publicKey());
        assertThat(report.failures()).containsExactly("entry 2 (position " + event.get("position").asLong() + ", event "
                + event.get("eventIdentifier").asString() + "): leaf hash does not match the event (the event or its proof was altered)");
    }

    @Test
    void aProofForAnotherTreeSizeIsReported() {
        ObjectNode bundle = (ObjectNode) JSON.readTree(BUNDLE);
        ((ObjectNode) bundle.get("entries").get(1).get("inclusionProof")).put("treeSize", 23);
        VerificationReport report = BundleVerifier.verify(JSON.writeValueAsBytes(bundle), SIGNER.publicKey());
        assertThat(report.failures()).singleElement().asString()
                .endsWith("its inclusion proof is for a tree of size 23, not the signed tree head's 20");
    }

    @Test
    void anInvalidOrEmptyInputIsAFailureNotAnException() {
        for (String text : new String[] {"", "not json", "{", "null", "[]", "42", "{\"format\":1}",
                "{\"format\":\"cartledger-transcript-bundle-v1\"}", "{\"entries\":[null]}", "{\"entries\":[{}]}",
                "{\"entries\":[{\"event\":{},\"inclusionProof\":{\"auditPath\":[null]}}]}",
                "{\"treeHead\":{\"treeSize\":-1}}", "{\"unknown\":true}", "{\"format\":\"a\",\"format\":\"b\"}",
                new String(BUNDLE, StandardCharsets.UTF_8) + "{}"}) {
            VerificationReport report = BundleVerifier.verify(text.getBytes(StandardCharsets.UTF_8), SIGNER.publicKey());
            assertThat(report.verified()).as(text).isFalse();
            assertThat(report.failures()).as(text).isNotEmpty()
                    .noneMatch(f -> f.startsWith("the bundle could not be checked"));
        }
        assertThat(BundleVerifier.verify("not json".getBytes(StandardCharsets.UTF_8), null).failures().get(0))
                .startsWith("the bundle is not valid JSON: ");
        assertThat(BundleVerifier.verify(null, null).verified()).isFalse();
    }

    @Test
    void changingAnyOneCharacterOfContentMakesTheBundleFailWithAMessage() {
        String text = new String(BUNDLE, StandardCharsets.US_ASCII);
        int exportedAtStart = text.indexOf("\"exportedAt\"");
        int exportedAtEnd = text.indexOf(',', exportedAtStart);
        boolean inString = false;
        int tried = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean quote = c == '"' && text.charAt(i - 1) != '\\';
            if (!inString && Character.isWhitespace(c)) {
                continue; // whitespace between tokens: changing it leaves the same JSON
            }
            if (i > exportedAtStart && i < exportedAtEnd && inString) {
                inString = !quote;
                continue; // exportedAt is signed by nothing and checked only as a timestamp: see the next test
            }
            char replacement = replacementFor(c);
            byte[] altered = (text.substring(0, i) + replacement + text.substring(i + 1)).getBytes(StandardCharsets.US_ASCII);
            VerificationReport report = BundleVerifier.verify(altered, SIGNER.publicKey());
            String where = "offset " + i + ": '" + c + "' -> '" + replacement + "' in ..."
                    + text.substring(Math.max(0, i - 30), Math.min(text.length(), i + 10)) + "...";
            assertThat(report.verified()).as(where).isFalse();
            assertThat(report.failures()).as(where).isNotEmpty()
                    .noneMatch(f -> f.startsWith("the bundle could not be checked"));
            tried++;
            if (quote) {
                inString = !inString;
            }
        }
        assertThat(tried).isGreaterThan(3000);
    }

    @Test
    void exportedAtIsNotCoveredByAnyProofSoChangingItIsNotDetected() {
        String text = new String(BUNDLE, StandardCharsets.US_ASCII).replace("2026-11-27T02:05:00Z", "2026-11-28T02:05:00Z");
        assertThat(BundleVerifier.verify(text.getBytes(StandardCharsets.US_ASCII), SIGNER.publicKey()).verified()).isTrue();
        String malformed = text.replace("2026-11-28T02:05:00Z", "2026-11-28T02:05:00.5Z");
        assertThat(BundleVerifier.verify(malformed.getBytes(StandardCharsets.US_ASCII), SIGNER.publicKey()).failures())
                .singleElement().asString().startsWith("exportedAt ");
    }

    /** A different character of the same kind, so that hex stays hex and base64 stays base64 where possible. */
    private static char replacementFor(char c) {
        if (c >= '0' && c <= '9') {
            return (char) ('0' + (c - '0' + 1) % 10);
        }
        if (c >= 'a' && c <= 'f') {
            return c == 'f' ? 'a' : (char) (c + 1);
        }
        if (c >= 'g' && c <= 'z') {
            return c == 'z' ? 'g' : (char) (c + 1);
        }
        if (c >= 'A' && c <= 'Z') {
            return c == 'Z' ? 'A' : (char) (c + 1);
        }
        return switch (c) {
            case '+' -> '/';
            case '/' -> '+';
            case '=' -> 'A';
            default -> 'x';
        };
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
