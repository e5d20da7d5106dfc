package org.cartledger.http.input;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Two leniencies of Jackson's readers that its coercion settings do not reach:
 * <ul>
 *   <li>a time, date or month is its ISO-8601 string; the java.time readers would also take a
 *       number (seconds or milliseconds since 1970, a day count) or an array of fields, so
 *       {@code "occurredAt": 1773477000} is refused here rather than guessed at;</li>
 *   <li>an enum value is its name exactly; the enum reader would quietly trim {@code "ASSISTED "}.</li>
 * </ul>
 */
final class ExactValues extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                   ValueDeserializer<?> deserializer) {
        return description.getBeanClass().getPackageName().equals("java.time") ? new StringsOnly(deserializer, false) : deserializer;
    }

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
        return new StringsOnly(deserializer, true);
    }

    private static final class StringsOnly extends DelegatingDeserializer {

        private final boolean untrimmed;

        StringsOnly(ValueDeserializer<?> delegatee, boolean untrimmed) {
            super(delegatee);
            this.untrimmed = untrimmed;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new StringsOnly(delegatee, untrimmed);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING) && !parser.hasToken(JsonToken.VALUE_NULL)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            if (untrimmed && parser.hasToken(JsonToken.VALUE_STRING) && !parser.getString().equals(parser.getString().strip())) {
                return context.handleWeirdStringValue(handledType(), parser.getString(), "not one of the values accepted");
            }
            return super.deserialize(parser, context);
        }
    }
}
