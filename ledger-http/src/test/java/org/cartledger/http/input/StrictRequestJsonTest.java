package org.cartledger.http.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cartledger.http.problem.MalformedRequestAdvice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Each leniency of Jackson's defaults, tried on the request mapper: refused, with the field on the error. */
class StrictRequestJsonTest {

    enum Kind { FIRST, SECOND }

    record Nested(String institution, Boolean complete) {
    }

    record Sample(String name, @MultilineText String notes, Integer level, Long position, List<String> goals,
                  Map<String, Integer> levels, Kind kind, Instant at, LocalDate on, Nested nested) {
    }

    /** A primitive must be given (Jackson 3 reads a missing one as null, and null is not false). */
    record Flagged(boolean flag) {
    }

    private static final JsonMapper DEFAULTS = JsonMapper.builder().build();
    private static final JsonMapper STRICT = StrictRequestJson.from(DEFAULTS);

    @Test
    void aWellFormedBodyReadsAsWritten() {
        Sample sample = STRICT.readValue("""
                {"name":"陈美 Zoë 👩🏽‍⚕️","notes":"line one\\n\\tline two\\r\\n","level":3,"position":0,
                 "goals":[],"levels":{"PATIENT_CARE":2},"kind":"SECOND","at":"2026-03-14T08:30:00Z","on":"2026-03-14",
                 "nested":{"institution":"Hôpital","complete":false}}""", Sample.class);

        assertThat(sample.name()).isEqualTo("陈美 Zoë 👩🏽‍⚕️");
        assertThat(sample.notes()).isEqualTo("line one\n\tline two\r\n");
        assertThat(sample.goals()).isEmpty();
        assertThat(sample.kind()).isEqualTo(Kind.SECOND);
        assertThat(sample.nested().complete()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field                 | {"nmae":"x"}                          | nmae
            unknown nested field          | {"nested":{"instituton":"x"}}         | nested.instituton
            number from a string          | {"level":"3"}                         | level
            fraction cut to a whole       | {"level":2.7}                         | level
            whole number with a point     | {"level":3.0}                         | level
            long from a string            | {"position":"5"}                      | position
            long from a fraction          | {"position":5.5}                      | position
            number from a boolean         | {"level":true}                        | level
            wrapper boolean from a number | {"nested":{"complete":1}}             | nested.complete
            text from a number            | {"name":42}                           | name
            text from a boolean           | {"name":true}                         | name
            text from an object           | {"name":{"a":1}}                      | name
            text in a list from a number  | {"goals":["a",7]}                     | goals[1]
            one value as a list           | {"goals":"a"}                         | goals
            map value from a fraction     | {"levels":{"PATIENT_CARE":2.7}}       | levels.PATIENT_CARE
            map value from a string       | {"levels":{"PATIENT_CARE":"2"}}       | levels.PATIENT_CARE
            enum in another case          | {"kind":"second"}                     | kind
            enum by index                 | {"kind":1}                            | kind
            enum by index as text         | {"kind":"1"}                          | kind
            enum with a space             | {"kind":"SECOND "}                    | kind
            enum from an object           | {"kind":{"name":"SECOND"}}            | kind
            date as an array              | {"on":[2026,3,14]}                    | on
            instant from a number         | {"at":1773477000}                     | at
            instant from a fraction       | {"at":1773477000.5}                   | at
            date from a number            | {"on":20260314}                       | on
            empty string for a date       | {"on":""}                             | on
            empty string for a number     | {"level":""}                          | level
            """)
    void looseInputIsRefusedNamingTheField(String what, String json, String field) {
        assertThatThrownBy(() -> STRICT.readValue(json, Sample.class))
                .isInstanceOf(JacksonException.class)
                .satisfies(e -> assertThat(path((JacksonException) e)).as(e.getMessage()).isEqualTo(field));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"flag":0}
            {"flag":1}
            {"flag":"false"}
            {"flag":null}
            {}
            """)
    void aBooleanIsTrueOrFalse(String json) {
        assertThatThrownBy(() -> STRICT.readValue(json, Flagged.class))
                .isInstanceOf(JacksonException.class)
                .satisfies(e -> assertThat(path((JacksonException) e)).as(e.getMessage()).isEqualTo("flag"));
        assertThat(STRICT.readValue("{\"flag\":false}", Flagged.class).flag()).isFalse();
    }

    @Test
    void theDefaultsWouldHaveTakenEachOfTheseSilently() {
        // the reason for this class: what Jackson (with Spring Boot's settings) does without it
        JsonMapper boot = DEFAULTS.rebuild().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertThat(boot.readValue("{\"nmae\":\"x\"}", Sample.class).name()).isNull();
        assertThat(boot.readValue("{\"level\":\"3\"}", Sample.class).level()).isEqualTo(3);
        assertThat(boot.readValue("{\"name\":42}", Sample.class).name()).isEqualTo("42");
        assertThat(boot.readValue("{\"flag\":1}", Flagged.class).flag()).isTrue();
        assertThat(boot.readValue("{\"name\":\"a\\u0000b\"}", Sample.class).name()).isEqualTo("a\u0000b");
    }

    @Test
    void aPropertyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> STRICT.readValue("{\"name\":\"a\",\"name\":\"b\"}", Sample.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> STRICT.readValue("{\"nested\":{\"institution\":\"a\",\"institution\":\"b\"}}", Sample.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("Duplicate");
    }

    @Test
    void nothingMayFollowTheBody() {
        assertThatThrownBy(() -> STRICT.readValue("{\"name\":\"a\"} {\"name\":\"b\"}", Sample.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> STRICT.readValue("{\"name\":\"a\"}]", Sample.class)).isInstanceOf(JacksonException.class);
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0000", "0001", "001B", "007F", "0085", "009F", "D800", "DC00", "202A", "202E", "2066", "2069", "FEFF", "FFFE", "FDD0",
            "0009", "000A", "000D", "2028"})
    void textTheRuleRefusesIsRefusedInEveryStringNamingIt(String hex) {
        String bad = "\\u" + hex;
        assertThat(refusedAt("{\"name\":\"Dr" + bad + "Chen\"}")).isEqualTo("name");
        assertThat(refusedAt("{\"goals\":[\"ok\",\"ok\",\"x" + bad + "\"]}")).isEqualTo("goals[2]");
        assertThat(refusedAt("{\"nested\":{\"institution\":\"" + bad + "\"}}")).isEqualTo("nested.institution");
        assertThat(refusedAt("{\"levels\":{\"PATIENT" + bad + "CARE\":3}}")).startsWith("levels");
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0009", "000A", "000D", "2028", "2029"})
    void lineBreaksAndTabsAreKeptInTextOfSeveralLines(String hex) {
        assertThat(STRICT.readValue("{\"notes\":\"a\\u" + hex + "b\"}", Sample.class).notes())
                .isEqualTo("a" + (char) Integer.parseInt(hex, 16) + "b");
    }

    @Test
    void aNoteStillRefusesWhatNoTextMayHold() {
        assertThat(refusedAt("{\"notes\":\"a\\u0000b\"}")).isEqualTo("notes");
        assertThat(refusedAt("{\"notes\":\"a\\u202Eb\"}")).isEqualTo("notes");
    }

    @Test
    void theRuleNamesTheCharacterAndWhereItIs() {
        assertThat(TextRule.violation("Dr. Mei\u202E Chen", false)).contains("U+202E").contains("bidirectional").contains("character 8");
        assertThat(TextRule.violation("x\uD83D", false)).contains("U+D83D").contains("surrogate");
        assertThat(TextRule.violation("\uDBFF\uDFFF", false)).contains("U+10FFFF").contains("noncharacter");
        assertThat(TextRule.violation("👩🏽‍⚕️ \u200F שלום", false)).isNull();
        assertThat(TextRule.violation("a\tb", false)).contains("line break or tab");
        assertThat(TextRule.violation("a\tb", true)).isNull();
    }

    private static String refusedAt(String json) {
        try {
            STRICT.readValue(json, Sample.class);
        } catch (RefusedTextException e) {
            return path(e);
        }
        throw new AssertionError("accepted: " + json);
    }

    private static String path(JacksonException e) {
        return MalformedRequestAdvice.fieldPath(e);
    }
}
