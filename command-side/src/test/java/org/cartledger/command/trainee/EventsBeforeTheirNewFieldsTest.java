package org.cartledger.command.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.enrollment.CompletionWaiver;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.ids.TraineeId;
import org.junit.jupiter.api.Test;

/**
 * Events stored before onBehalfOf and the completion waiver existed still read, through the serializer the
 * ledger stores events with, as entries with neither; and the new fields are written and read back.
 */
class EventsBeforeTheirNewFieldsTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    private <T> T read(Class<T> type, String json) {
        SerializedType serializedType = new SimpleSerializedType(type.getName(), null);
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class, serializedType));
    }

    @Test
    void aSkillStoredBeforeOnBehalfOfReadsAsSignedOffByItsRecorder() {
        SkillSignedOffEvent event = read(SkillSignedOffEvent.class, """
                {"traineeId":"F-1","entryId":"e-1","occurredAt":"2025-05-14T01:30:00Z","skill":"CRS_MANAGEMENT",
                 "signedOffBy":"fac-wang","notes":"On the ward"}""");

        assertThat(event).isEqualTo(new SkillSignedOffEvent(new TraineeId("F-1"), "e-1", Instant.parse("2025-05-14T01:30:00Z"),
                "CRS_MANAGEMENT", "fac-wang", "On the ward", null));
    }

    @Test
    void aCompletionStoredBeforeWaiversReadsAsOneWithoutAWaiver() {
        ProgramCompletedEvent event = read(ProgramCompletedEvent.class, """
                {"traineeId":"F-1","entryId":"e-2","occurredAt":"2025-06-30T09:00:00Z","summary":"Completed"}""");

        assertThat(event.waiver()).isNull();
        assertThat(event.summary()).isEqualTo("Completed");
    }

    @Test
    void theNewFieldsAreWrittenAndReadBack() {
        SkillSignedOffEvent onBehalf = new SkillSignedOffEvent(new TraineeId("F-1"), "e-1", Instant.parse("2025-05-14T01:30:00Z"),
                "CRS_MANAGEMENT", "fac-zhou", null, "fac-zhou");
        ProgramCompletedEvent waived = new ProgramCompletedEvent(new TraineeId("F-1"), "e-2", Instant.parse("2025-06-30T09:00:00Z"),
                "Completed early", new CompletionWaiver("Recalled", "director-zhao"));

        SkillSignedOffEvent skillRead = serializer.deserialize(serializer.serialize(onBehalf, byte[].class));
        ProgramCompletedEvent completionRead = serializer.deserialize(serializer.serialize(waived, byte[].class));
        assertThat(skillRead).isEqualTo(onBehalf);
        assertThat(completionRead).isEqualTo(waived);
    }
}
