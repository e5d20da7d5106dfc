package org.cartledger.api.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class TraineeIdTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"", " F-1", "F 1", "-F1", "F:1", "F/1", "F-\u202E1", "F-é"})
    void anIdOutsideTheIdRuleIsRefused(String value) {
        assertThatThrownBy(() -> new TraineeId(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(IdRule.DESCRIPTION);
    }

    @Test
    void anIdLongerThan64CharactersIsRefused() {
        assertThat(new TraineeId("F".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new TraineeId("F".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingIdIsRefused() {
        assertThatThrownBy(() -> new TraineeId(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void itIsWrittenAsThePlainString() {
        assertThat(JSON.writeValueAsString(new TraineeId("F-2026.001@site"))).isEqualTo("\"F-2026.001@site\"");
        assertThat(JSON.writeValueAsString(new Holder(new TraineeId("F-1")))).isEqualTo("{\"traineeId\":\"F-1\"}");
    }

    @Test
    void itIsReadFromThePlainString() {
        assertThat(JSON.readValue("\"F-1\"", TraineeId.class)).isEqualTo(new TraineeId("F-1"));
        assertThat(JSON.readValue("{\"traineeId\":\"F-1\"}", Holder.class)).isEqualTo(new Holder(new TraineeId("F-1")));
        assertThat(JSON.readValue("[\"F-1\",\"F-2\"]", new TypeReference<List<TraineeId>>() { }))
                .containsExactly(new TraineeId("F-1"), new TraineeId("F-2"));
    }

    @Test
    void aStringOutsideTheRuleIsNotReadAsAnId() {
        assertThatThrownBy(() -> JSON.readValue("\"F 1\"", TraineeId.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itsTextIsTheValueBecauseAxonNamesAggregatesByToString() {
        assertThat(new TraineeId("F-1")).hasToString("F-1");
    }

    @Test
    void idsAreOrderedByTheirTextAsTheStringsWere() {
        List<TraineeId> ids = new ArrayList<>(List.of(new TraineeId("F-10"), new TraineeId("F-2"), new TraineeId("E-9")));
        Collections.sort(ids);
        assertThat(ids).extracting(TraineeId::value).containsExactly("E-9", "F-10", "F-2");
    }

    record Holder(TraineeId traineeId) {
    }
}
