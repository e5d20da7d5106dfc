package org.cartledger.proof.keyrotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test vector of docs/ledger-proofs.md §4b: the same keys and fields give the same bytes and signatures. */
class KeyAnnouncementVectorTest {

    static final String OLD_SPKI = "MCowBQYDK2VwAyEAiojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=";
    static final String SIGNED_TEXT = """
            cartledger:key-rotation:v1
            fd110d301d2f077de1414b8f99f441b1403fab207b2052fbd2c065e4ee8e7dc2
            47dea58ea00fae9417ee19d76755bfef690899021132effb04fe1f9e4f0c8059
            MCowBQYDK2VwAyEAgTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q=
            20
            2026-12-01T12:00:00Z""";
    static final String OLD_KEY_SIGNATURE =
            "Ou5k/tubw4TxCeg9KzsaAvLCmH7TeQ2C6vyHXYJfVvgGXc6gFHQK1caoFgi0oNmvW+Xk3vwGgMxilpyS+T/DAg==";
    static final String NEW_KEY_SIGNATURE =
            "PEqj+jbXvqANNYOzkhxr3LFBnj80MeZCY2+Q1QZnQ04IfVayQHr39r7TG5VOKkE+UNRiBvgnpzftvY9T6yx/CQ==";

    private static final KeyAnnouncement VECTOR = KeyAnnouncement.sign(SeededKeys.of(1), SeededKeys.of(2), 20,
            Instant.parse("2026-12-01T12:00:00Z"));

    @Test
    void theSeededKeysAreThoseOfTheDocumentedVector() {
        assertThat(Base64.getEncoder().encodeToString(SeededKeys.of(1).getPublic().getEncoded())).isEqualTo(OLD_SPKI);
    }

    @Test
    void theSignedTextIsTheDocumentedOneByteForByte() {
        assertThat(new String(VECTOR.signedBytes(), StandardCharsets.UTF_8)).isEqualTo(SIGNED_TEXT);
        assertThat(VECTOR.signedBytes()).doesNotContain((byte) '\r');
    }

    @Test
    void bothSignaturesAreTheDocumentedOnes() {
        assertThat(VECTOR.oldKeySignature()).isEqualTo(OLD_KEY_SIGNATURE);
        assertThat(VECTOR.newKeySignature()).isEqualTo(NEW_KEY_SIGNATURE);
    }

    @Test
    void theDocumentedAnnouncementLeadsFromTheOldKeyToTheNew() {
        KeyChain chain = KeyChain.follow(SeededKeys.of(1).getPublic(), List.of(VECTOR));
        assertThat(chain.newest().keyId()).isEqualTo("47dea58ea00fae9417ee19d76755bfef690899021132effb04fe1f9e4f0c8059");
        assertThat(chain.newest().fromTreeSize()).isEqualTo(20);
        assertThat(chain.keys().get(0).untilTreeSize()).isEqualTo(20);
    }
}
