package org.cartledger.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A form's text is kept as typed: line breaks as LF whatever the browser sent, the ends trimmed, blank as nothing. */
class TypedTextTest {

    @Test
    void aTextareasCrlfIsTheLineBreakTyped() {
        assertThat(TypedText.of("Steady progress.\r\nPresents cases clearly.")).isEqualTo("Steady progress.\nPresents cases clearly.");
        assertThat(TypedText.of("one\ntwo")).isEqualTo("one\ntwo");
    }

    @Test
    void blankIsNothingAndTheEndsAreTrimmed() {
        assertThat(TypedText.of(null)).isNull();
        assertThat(TypedText.of(" \r\n ")).isNull();
        assertThat(TypedText.of("  王小明  ")).isEqualTo("王小明");
    }

    @Test
    void aLoneCarriageReturnIsLeftForTheTextRuleToJudge() {
        assertThat(TypedText.of("a\rb")).isEqualTo("a\rb");
    }
}
