package org.cartledger.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterKeyTest {

    private static final LedgerEvent EVENT = new LedgerEvent(7, "evt-7", "F-1", 2, "org.cartledger.api.X", null,
            "2026-11-27T02:07:16.183Z", "{\"recorderId\":\"a\"}".getBytes(StandardCharsets.UTF_8),
            "{\"entryId\":\"e\"}".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path directory;

    @Test
    void theMacIsAnHmacOverThePrefixAndTheLengthPrefixedFieldsButThePosition() throws Exception {
        WriterKey key = new WriterKey(new byte[32], 0);
        String input = "cartledger:writer:v1" + field("evt-7") + field("F-1") + field("2") + field("org.cartledger.api.X")
                + field("") + field("2026-11-27T02:07:16.183Z") + field("{\"recorderId\":\"a\"}") + field("{\"entryId\":\"e\"}");
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));

        assertThat(WriterKey.macInput(EVENT)).isEqualTo(input.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(key.macOf(EVENT)).isEqualTo(hmac.doFinal(input.getBytes(StandardCharsets.ISO_8859_1)));
        LedgerEvent elsewhere = new LedgerEvent(99, EVENT.eventIdentifier(), EVENT.aggregateIdentifier(), EVENT.sequenceNumber(),
                EVENT.payloadType(), null, EVENT.timeStamp(), EVENT.metaData(), EVENT.payload());
        assertThat(key.verifies(elsewhere, key.macOf(EVENT))).as("the database assigns the position; the MAC leaves it out").isTrue();
    }

    @Test
    void aMacOfAnotherEventOrKeyOrNoneDoesNotVerify() {
        WriterKey key = new WriterKey(new byte[32], 0);
        byte[] other = new byte[32];
        other[0] = 1;
        LedgerEvent changed = new LedgerEvent(7, "evt-8", "F-1", 2, "org.cartledger.api.X", null, EVENT.timeStamp(), EVENT.metaData(),
                EVENT.payload());

        assertThat(key.verifies(EVENT, key.macOf(EVENT))).isTrue();
        assertThat(key.verifies(changed, key.macOf(EVENT))).isFalse();
        assertThat(key.verifies(EVENT, new WriterKey(other, 0).macOf(EVENT))).isFalse();
        assertThat(key.verifies(EVENT, null)).isFalse();
    }

    @Test
    void theKeyIsMadeOnceOwnerOnlyAndRequiredAfterTheNewestPositionThen() throws Exception {
        WriterKey made = WriterKey.loadOrCreate(directory, () -> 41);
        WriterKey again = WriterKey.loadOrCreate(directory, () -> 99);

        assertThat(again).isEqualTo(made);
        assertThat(again.macsRequiredAfter()).isEqualTo(41);
        assertThat(made.required(41)).isFalse();
        assertThat(made.required(42)).isTrue();
        Path file = directory.resolve(WriterKey.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(file)).hasSize(3).first().isEqualTo("cartledger:writer-key:v1");
        assertThat(WriterKey.read(file)).isEqualTo(made);
        assertThat(made.toString()).doesNotContain(HexFormat.of().formatHex(made.key()));
    }

    @Test
    void aFileThatIsNoWriterKeyIsNeverReplaced() throws Exception {
        Files.writeString(directory.resolve(WriterKey.FILE_NAME), "not a key\n");

        assertThatThrownBy(() -> WriterKey.loadOrCreate(directory, () -> 0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a writer key");
        assertThat(Files.readString(directory.resolve(WriterKey.FILE_NAME))).isEqualTo("not a key\n");
    }

    private static String field(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] length = {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8), (byte) bytes.length};
        return new String(length, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
