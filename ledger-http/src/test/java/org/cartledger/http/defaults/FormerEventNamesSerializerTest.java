package org.cartledger.http.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.ids.TraineeId;
import org.junit.jupiter.api.Test;

/**
 * A skill sign-off stored before the event was renamed (payload type SkillLoggedEvent, in the form it
 * was written then) reads as a SkillSignedOffEvent through the serializer every side uses; new ones
 * are written under the new name.
 */
class FormerEventNamesSerializerTest {

    private static final String STORED_TYPE = "org.cartledger.api.activity.SkillLoggedEvent";
    private static final String STORED_PAYLOAD = """
            {"traineeId":"F-1","entryId":"e-1","occurredAt":"2025-05-14T01:30:00Z","skill":"CRS_MANAGEMENT",\
            "signedOffBy":"fac-wang","notes":"On the ward","onBehalfOf":null}""";

    private final Jackson3Serializer axons = Jackson3Serializer.builder().build();
    private final FormerEventNamesSerializer serializer = new FormerEventNamesSerializer(axons);

    private static SerializedObject<byte[]> stored(String type) {
        return new SimpleSerializedObject<>(STORED_PAYLOAD.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(type, null));
    }

    @Test
    void aSkillStoredAsLoggedReadsAsSignedOff() {
        SkillSignedOffEvent event = serializer.deserialize(stored(STORED_TYPE));

        assertThat(event).isEqualTo(new SkillSignedOffEvent(new TraineeId("F-1"), "e-1", Instant.parse("2025-05-14T01:30:00Z"),
                "CRS_MANAGEMENT", "fac-wang", "On the ward", null));
        assertThat(serializer.classForType(new SimpleSerializedType(STORED_TYPE, null))).isEqualTo(SkillSignedOffEvent.class);
    }

    @Test
    void withoutTheAliasTheStoredNameIsUnknown() {
        assertThat(axons.classForType(new SimpleSerializedType(STORED_TYPE, null))).isEqualTo(UnknownSerializedType.class);
    }

    @Test
    void aNewSignOffIsWrittenUnderItsNewNameAndReadBack() {
        SkillSignedOffEvent event = new SkillSignedOffEvent(new TraineeId("F-1"), "e-2", Instant.parse("2025-05-15T01:30:00Z"),
                "TUMOR_STAGING", "fac-zhou", null, "fac-zhou");

        SerializedObject<byte[]> written = serializer.serialize(event, byte[].class);

        assertThat(written.getType().getName()).isEqualTo(SkillSignedOffEvent.class.getName());
        assertThat((Object) serializer.deserialize(written)).isEqualTo(event);
    }

    @Test
    void aNameThatWasNeverRenamedIsPassedOnUnchanged() {
        assertThat(serializer.classForType(new SimpleSerializedType("org.cartledger.api.activity.NoSuchEvent", null)))
                .isEqualTo(UnknownSerializedType.class);
    }
}
