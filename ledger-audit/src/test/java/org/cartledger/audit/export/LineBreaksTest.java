package org.cartledger.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines break at spaces, between Chinese characters and, only when a word is wider than a line, inside it. */
class LineBreaksTest {

    /** One unit per character: easy to reason about. */
    private static final LineBreaks.Measure CHARACTERS = text -> text.codePointCount(0, text.length());

    @Test
    void latinTextBreaksAtSpaces() throws IOException {
        assertThat(LineBreaks.of("the quick brown fox jumps", 10, CHARACTERS))
                .containsExactly("the quick", "brown fox", "jumps");
    }

    @Test
    void chineseTextBreaksBetweenCharactersAndKeepsEveryOne() throws IOException {
        String text = "细胞因子释放综合征的处理，由带教老师签字确认。";
        List<String> lines = LineBreaks.of(text, 8, CHARACTERS);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(8));
        assertThat(String.join("", lines)).isEqualTo(text);
    }

    @Test
    void aWordWiderThanTheLineIsCutSoNothingRunsOffThePage() throws IOException {
        String hash = "0d69d0f4971d2ff574e3d93cbc218dc950bf3f3f8f8e2c008d97687ed53aee59";
        List<String> lines = LineBreaks.of("root " + hash, 20, CHARACTERS);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(20));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("root" + hash);
        assertThat(lines.get(0)).isEqualTo("root");
    }

    @Test
    void mixedTextAndSurrogatePairsAreNeverSplitInsideACharacter() throws IOException {
        String text = "王小明 presented 𠀀𠀁𠀂 at the tumor board";
        List<String> lines = LineBreaks.of(text, 6, CHARACTERS);
        assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(9));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        assertThat(lines).noneSatisfy(line -> assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).isTrue());
    }

    @Test
    void emptyTextIsOneEmptyLine() throws IOException {
        assertThat(LineBreaks.of("", 10, CHARACTERS)).containsExactly("");
    }
}
