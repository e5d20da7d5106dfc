package org.cartledger.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashesTest {

    @Test
    void theHashOfNothingIsTheWellKnownSha256OfTheEmptyString() {
        assertThat(Hashes.hex(Hashes.sha256()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void partsAreHashedAsOneConcatenatedString() {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        assertThat(Hashes.hex(Hashes.sha256("a".getBytes(StandardCharsets.US_ASCII), "bc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(Hashes.hex(Hashes.sha256(abc)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hexIsLowercaseAndReadsBackToTheSameBytes() {
        byte[] bytes = {0x00, 0x0f, (byte) 0xab, (byte) 0xff, 0x10};
        assertThat(Hashes.hex(bytes)).isEqualTo("000fabff10");
        assertThat(Hashes.unhex("000fabff10")).isEqualTo(bytes);
        assertThat(Hashes.unhex("")).isEmpty();
    }

    @Test
    void unhexRefusesUppercaseOddLengthsAndOtherCharacters() {
        assertThatThrownBy(() -> Hashes.unhex("AB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lowercase");
        assertThatThrownBy(() -> Hashes.unhex("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odd");
        assertThatThrownBy(() -> Hashes.unhex("zz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hashes.unhex(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
