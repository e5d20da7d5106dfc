package org.cartledger.http.input;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How request bodies are read: exactly as written, or not at all. Each leniency Jackson (or Spring
 * Boot) allows by default would store something other than what the client meant:
 *
 * <ul>
 *   <li>an unknown field is refused (a misspelled {@code occuredAt} would otherwise be dropped and
 *       the entry stored as happening now);</li>
 *   <li>a property given twice in one object is refused (which one would win?);</li>
 *   <li>nothing may follow the one JSON value of the body;</li>
 *   <li>numbers are JSON numbers: not read from strings ({@code "3"}), not cut from fractions
 *       ({@code 2.7} is not 2; a whole number is written without a decimal point, so {@code 3.0} is
 *       refused too), not from booleans;</li>
 *   <li>booleans are {@code true} or {@code false}, not {@code 0}, {@code 1} or {@code "false"};</li>
 *   <li>text is a JSON string, never a number or boolean turned into one, and passes the
 *       {@link TextRule};</li>
 *   <li>a date or time is the ISO-8601 string, not a number of seconds or days;</li>
 *   <li>an enum value is its name exactly as {@code GET /api/catalog} lists it: no other case, no
 *       index;</li>
 *   <li>a list is a JSON array (one value is not a list of one); {@code null} is not a primitive;
 *       an empty string is not "no value" for a date, a number or a list.</li>
 * </ul>
 *
 * <p>This mapper reads HTTP request bodies only. Axon's event serializer builds its own mapper, and
 * the read models store their state with Spring's shared one: events and states already stored
 * must go on reading as they always have, whatever a request is held to.
 */
public final class StrictRequestJson {

    private StrictRequestJson() {
    }

    /** The application's mapper (its modules and settings) with the request rules above. */
    public static JsonMapper from(JsonMapper base) {
        SimpleModule text = new SimpleModule("ledger-text-rule");
        text.addDeserializer(String.class, LedgerTextDeserializer.ONE_LINE);
        text.addKeyDeserializer(String.class, new LedgerTextDeserializer.Keys());
        text.setDeserializerModifier(new ExactValues());
        return base.rebuild()
                .addModule(text)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS, DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                        DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS, MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
                        MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfigDefaults(config -> config
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> refuse(config, CoercionInputShape.String,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Float, config -> refuse(config, CoercionInputShape.String, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Boolean, config -> refuse(config, CoercionInputShape.String,
                        CoercionInputShape.Integer, CoercionInputShape.Float))
                .withCoercionConfig(LogicalType.Textual, config -> refuse(config, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Enum, config -> refuse(config, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.DateTime, config -> refuse(config, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .build();
    }

    /** Input of these shapes is never converted into a value of the configured kind. */
    private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }
}
