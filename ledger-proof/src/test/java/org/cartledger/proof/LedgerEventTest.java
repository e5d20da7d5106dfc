package org.cartledger.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerEventTest {

    private static final LedgerEvent ENROLMENT = new LedgerEvent(17, "e-1", "Zoë-7", 0,
            "org.cartledger.api.enrollment.TraineeEnrolledEvent", null, "2026-11-20T08:00:00.123Z", null,
            "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theCanonicalFormIsThePrefixThenNineLengthPrefixedFieldsWithNullsAsZeroBytes() {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes("cartledger:event:v1".getBytes(StandardCharsets.US_ASCII));
        expected.writeBytes(new byte[] {0, 0, 0, 2, '1', '7'});
        expected.writeBytes(new byte[] {0, 0, 0, 3, 'e', '-', '1'});
        // "Zoë-7": the ë is two bytes in UTF-8, so the length is 6, not 5
        expected.writeBytes(new byte[] {0, 0, 0, 6, 'Z', 'o', (byte) 0xc3, (byte) 0xab, '-', '7'});
        expected.writeBytes(new byte[] {0, 0, 0, 1, '0'});
        expected.writeBytes(new byte[] {0, 0, 0, 50});
        expected.writeBytes("org.cartledger.api.enrollment.TraineeEnrolledEvent".getBytes(StandardCharsets.US_ASCII));
        expected.writeBytes(new byte[] {0, 0, 0, 0});
        expected.writeBytes(new byte[] {0, 0, 0, 24});
        expected.writeBytes("2026-11-20T08:00:00.123Z".getBytes(StandardCharsets.US_ASCII));
        expected.writeBytes(new byte[] {0, 0, 0, 0});
        expected.writeBytes(new byte[] {0, 0, 0, 7, '{', '"', 'a', '"', ':', '1', '}'});

        assertThat(Hashes.hex(ENROLMENT.canonicalBytes())).isEqualTo(Hashes.hex(expected.toByteArray()));
        assertThat(ENROLMENT.canonicalBytes()).startsWith(0x63, 0x61, 0x72, 0x74).hasSize(19 + 9 * 4 + 2 + 3 + 6 + 1 + 50 + 24 + 7);
    }

    @Test
    void lengthsAreFourBytesBigEndianEvenForLongFields() {
        byte[] payload = new byte[0x012345];
        LedgerEvent big = new LedgerEvent(1, "e", "t", 0, "T", "2", "ts", new byte[] {1}, payload);
        byte[] canonical = big.canonicalBytes();
        int payloadLengthAt = canonical.length - payload.length - 4;
        assertThat(new byte[] {canonical[payloadLengthAt], canonical[payloadLengthAt + 1], canonical[payloadLengthAt + 2],
                canonical[payloadLengthAt + 3]}).containsExactly(0x00, 0x01, 0x23, 0x45);
    }

    @Test
    void theLeafHashIsTheMerkleLeafHashOfTheCanonicalForm() {
        byte[] expected = Hashes.sha256(new byte[] {0}, ENROLMENT.canonicalBytes());
        assertThat(ENROLMENT.leafHash()).isEqualTo(expected);
    }

    @Test
    void changingAnyFieldChangesTheLeafHash() {
        LedgerEvent e = SampleLedger.event(5, "F-2026-001", 2);
        byte[] altered = e.payload();
        altered[10] ^= 1;
        byte[] meta = e.metaData();
        meta[3] ^= 1;
        List<LedgerEvent> variants = List.of(
                new LedgerEvent(6, e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.payloadType(),
                        e.payloadRevision(), e.timeStamp(), e.metaData(), e.payload()),
                new LedgerEvent(5, e.eventIdentifier() + "x", e.aggregateIdentifier(), 2, e.payloadType(), null,
                        e.timeStamp(), e.metaData(), e.payload()),
                new LedgerEvent(5, e.eventIdentifier(), "F-2026-002", 2, e.payloadType(), null, e.timeStamp(),
                        e.metaData(), e.payload()),
                new LedgerEvent(5, e.eventIdentifier(), e.aggregateIdentifier(), 3, e.payloadType(), null,
                        e.timeStamp(), e.metaData(), e.payload()),
                new LedgerEvent(5, e.eventIdentifier(), e.aggregateIdentifier(), 2, e.payloadType() + "V2", null,
                        e.timeStamp(), e.metaData(), e.payload()),
                new LedgerEvent(5, e.eventIdentifier(), e.aggregateIdentifier(), 2, e.payloadType(), "1",
                        e.timeStamp(), e.metaData(), e.payload()),
                new LedgerEvent(5, e.eventIdentifier(), e.aggregateIdentifier(), 2, e.payloadType(), null,
                        e.timeStamp().replace(".", ",") , e.metaData(), e.payload()),
                new LedgerEvent(5, e.eventIdentifier(), e.aggregateIdentifier(), 2, e.payloadType(), null,
                        e.timeStamp(), meta, e.payload()),
                new LedgerEvent(5, e.eventIdentifier(), e.aggregateIdentifier(), 2, e.payloadType(), null,
                        e.timeStamp(), null, e.payload()),
                new LedgerEvent(5, e.eventIdentifier(), e.aggregateIdentifier(), 2, e.payloadType(), null,
                        e.timeStamp(), e.metaData(), altered));
        for (LedgerEvent variant : variants) {
            assertThat(variant.leafHash()).as(variant.toString()).isNotEqualTo(e.leafHash());
        }
    }

    @Test
    void lengthPrefixesKeepFieldBoundariesApart() {
        LedgerEvent a = new LedgerEvent(1, "ab", "c", 0, "T", null, "ts", null, new byte[0]);
        LedgerEvent b = new LedgerEvent(1, "a", "bc", 0, "T", null, "ts", null, new byte[0]);
        assertThat(a.leafHash()).isNotEqualTo(b.leafHash());
    }

    @Test
    void aNullRevisionOrMetadataHashesLikeAnEmptyOneAsTheContractSays() {
        LedgerEvent withNulls = new LedgerEvent(1, "e", "t", 0, "T", null, "ts", null, new byte[] {1});
        LedgerEvent withEmpties = new LedgerEvent(1, "e", "t", 0, "T", "", "ts", new byte[0], new byte[] {1});
        assertThat(withNulls.leafHash()).isEqualTo(withEmpties.leafHash());
    }

    @Test
    void eventsWithEqualBytesAreEqualAndTheirArraysCannotBeChangedFromOutside() {
        byte[] payload = {1, 2, 3};
        LedgerEvent a = new LedgerEvent(1, "e", "t", 0, "T", null, "ts", null, payload);
        LedgerEvent b = new LedgerEvent(1, "e", "t", 0, "T", null, "ts", null, new byte[] {1, 2, 3});
        payload[0] = 9;
        a.payload()[1] = 9;
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).contains("payload=3 bytes");
    }
}
