package org.cartledger.proof.recordmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SampleLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordMapTest {

    @Test
    void theEmptyMapHasTheHashOfNothingAsItsRootAndNoProofs() {
        RecordMap empty = RecordMap.of(List.of());
        assertThat(Hashes.hex(empty.rootHash()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(empty.proof("F-2026-001")).isEmpty();
    }

    @Test
    void aLeafHashesItsKeyCountAndLastPositionInFixedWidthsAfterTheByteTwo() {
        RecordHead head = new RecordHead("F-1", 3, 258);
        byte[] expected = Hashes.unhex("02" + "00000003" + "462d31" + "0000000000000003" + "0000000000000102");
        assertThat(head.leafHash()).isEqualTo(Hashes.sha256(expected));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 9, 100})
    void everyRecordsProofVerifiesAgainstTheRoot(int size) {
        RecordMap map = RecordMap.of(heads(size));
        byte[] root = map.rootHash();
        for (RecordHead head : map.heads()) {
            RecordMapProof proof = map.proof(head.recordId()).orElseThrow();
            assertThat(proof.head()).isEqualTo(head);
            assertThat(proof.mapSize()).isEqualTo(size);
            assertThat(proof.verifies(root)).as("proof of %s in a map of %d", head.recordId(), size).isTrue();
        }
        assertThat(map.proof("not-in-the-map")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 9, 100})
    void aProofWithAnotherCountLastPositionKeyOrIndexFails(int size) {
        RecordMap map = RecordMap.of(heads(size));
        byte[] root = map.rootHash();
        for (RecordHead head : map.heads()) {
            RecordMapProof proof = map.proof(head.recordId()).orElseThrow();
            assertThat(with(proof, new RecordHead(head.recordId(), head.count() - 1 == 0 ? 2 : head.count() - 1,
                    head.lastPosition())).verifies(root)).isFalse();
            assertThat(with(proof, new RecordHead(head.recordId(), head.count(), head.lastPosition() + 1))
                    .verifies(root)).isFalse();
            assertThat(with(proof, new RecordHead(head.recordId() + "x", head.count(), head.lastPosition()))
                    .verifies(root)).isFalse();
            assertThat(new RecordMapProof(head, proof.index() + 1, size, proof.auditPath()).verifies(root)).isFalse();
            assertThat(proof.verifies(MerkleTree.emptyRoot())).isFalse();
        }
    }

    @Test
    void keysAreSortedByTheirUtf8BytesNotByJavaStrings() {
        // U+FF21 sorts after U+1F600 in UTF-16 (0xFF21 > 0xD83D) but before it in UTF-8 (0xEF < 0xF0)
        RecordMap map = RecordMap.of(List.of(new RecordHead("\uD83D\uDE00", 1, 2), new RecordHead("\uFF21", 1, 1),
                new RecordHead("Z", 1, 3)));
        assertThat(map.heads()).extracting(RecordHead::recordId).containsExactly("Z", "\uFF21", "\uD83D\uDE00");
    }

    @Test
    void theOrderTheHeadsAreGivenInDoesNotChangeTheRoot() {
        List<RecordHead> heads = heads(9);
        List<RecordHead> reversed = new ArrayList<>(heads);
        Collections.reverse(reversed);
        assertThat(RecordMap.of(reversed).rootHash()).isEqualTo(RecordMap.of(heads).rootHash());
    }

    @Test
    void aMapWithTwoHeadsForOneRecordIsRefused() {
        assertThatThrownBy(() -> RecordMap.of(List.of(new RecordHead("F-1", 1, 1), new RecordHead("F-1", 2, 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("F-1");
    }

    @Test
    void aRecordHeadHasAtLeastOneEntryAtAPosition() {
        assertThatThrownBy(() -> new RecordHead("F-1", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordHead("F-1", 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMapOfALogCountsEachRecordsEventsAndTakesItsLargestPosition() {
        List<LedgerEvent> events = SampleLedger.events(14); // positions 1..10, then 13..16; round robin over three
        RecordMap map = RecordMap.ofEvents(events);
        assertThat(map.heads()).containsExactly(new RecordHead("F-2026-001", 5, 15),
                new RecordHead("F-2026-002", 5, 16), new RecordHead("F-2026-003", 4, 14));
        assertThat(RecordMap.ofEvents(events.subList(0, 2)).heads())
                .containsExactly(new RecordHead("F-2026-001", 1, 1), new RecordHead("F-2026-002", 1, 2));
    }

    /** The test vectors of docs/ledger-proofs.md §4a. */
    @Test
    void theDocumentedTestVectorsHold() {
        RecordHead fellow = new RecordHead("requirements:FELLOW", 1, 1);
        RecordHead first = new RecordHead("F-2026-001", 3, 7);
        RecordHead second = new RecordHead("F-2026-002", 2, 5);
        assertThat(Hashes.hex(first.leafHash())).isEqualTo("e47bda717bed6f7d85aec8444b56e493cce265b8cb152e69e04a12b7d2a83dff");
        assertThat(Hashes.hex(RecordMap.of(List.of(first)).rootHash())).isEqualTo(Hashes.hex(first.leafHash()));
        RecordMap three = RecordMap.of(List.of(fellow, first, second));
        assertThat(three.heads()).containsExactly(first, second, fellow);
        assertThat(Hashes.hex(three.rootHash())).isEqualTo("05adad9dd4a04153a6725d123f8f9d31762383ad9e050b5f8ef7f482f0bfab5a");
        assertThat(three.proof("requirements:FELLOW").orElseThrow().auditPath()).extracting(Hashes::hex)
                .containsExactly("761e95defeea202a78e15610fa9d8db50b7651adc3905ebf5240272ce07075e5");
    }

    private static RecordMapProof with(RecordMapProof proof, RecordHead head) {
        return new RecordMapProof(head, proof.index(), proof.mapSize(), proof.auditPath());
    }

    private static List<RecordHead> heads(int size) {
        return IntStream.range(0, size).mapToObj(i -> new RecordHead("T-" + (i * 7919 % 1000), i % 5 + 1, 10L * i + 3))
                .toList();
    }
}
