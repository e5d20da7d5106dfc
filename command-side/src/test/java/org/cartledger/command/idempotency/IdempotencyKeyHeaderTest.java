package org.cartledger.command.idempotency;

import org.cartledger.http.problem.Refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an Idempotency-Key header may hold: 1 to 128 visible ASCII characters, sent once. */
class IdempotencyKeyHeaderTest {

    @Test
    void noHeaderIsNoKey() {
        assertThat(IdempotencyKey.of(List.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "3f0c8e0e-2c1b-4bd5-9d57-0b5f4c1a7e21", "\"quoted\"", "!~{}[]/\\"})
    void visibleAsciiIsAKey(String value) {
        assertThat(IdempotencyKey.of(List.of(value))).contains(new IdempotencyKey(value));
    }

    @Test
    void aKeyMayBe128CharactersLong() {
        assertThat(IdempotencyKey.of(List.of("k".repeat(128)))).isPresent();
        assertThatThrownBy(() -> IdempotencyKey.of(List.of("k".repeat(129)))).isInstanceOf(Refusal.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "tab\there", "clé", "line\nbreak", "\u007f"})
    void anythingElseIsRefused(String value) {
        assertThatThrownBy(() -> IdempotencyKey.of(List.of(value)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.status()).isEqualTo(400));
    }

    @Test
    void aKeySentTwiceIsRefusedEvenIfBothAreTheSame() {
        assertThatThrownBy(() -> IdempotencyKey.of(List.of("k-1", "k-1"))).isInstanceOf(Refusal.class);
    }
}
