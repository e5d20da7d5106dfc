package org.cartledger.http.defaults;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.cartledger.api.recording.FormerEventNames;

/**
 * Axon's serializer, reading an event stored under a former name as the event it is now called
 * ({@link FormerEventNames}). An alias in the serializer rather than an upcaster, because an upcaster
 * runs only where Axon reads the event store: this also covers the dead-letter queue and the
 * committee replay, which deserialize stored payloads with the serializer itself. What is written
 * always carries the current name; the stored bytes are never changed.
 */
final class FormerEventNamesSerializer implements Serializer {

    private final Serializer serializer;

    FormerEventNamesSerializer(Serializer serializer) {
        this.serializer = serializer;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        return serializer.serialize(object, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return serializer.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        SerializedType type = serializedObject.getType();
        SerializedType current = current(type);
        return serializer.deserialize(current == type ? serializedObject
                : new SimpleSerializedObject<>(serializedObject.getData(), serializedObject.getContentType(), current));
    }

    @Override
    public Class classForType(SerializedType type) {
        return serializer.classForType(current(type));
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return serializer.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return serializer.getConverter();
    }

    private static SerializedType current(SerializedType type) {
        String name = FormerEventNames.current(type.getName());
        return name.equals(type.getName()) ? type : new SimpleSerializedType(name, type.getRevision());
    }
}
