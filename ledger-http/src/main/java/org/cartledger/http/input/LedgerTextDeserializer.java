package org.cartledger.http.input;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every string of a request body through the {@link TextRule}: one line, unless the field is
 * {@link MultilineText}. Only a JSON string is a string; a number or boolean where text belongs is
 * refused, not turned into text.
 */
final class LedgerTextDeserializer extends StdScalarDeserializer<String> {

    static final LedgerTextDeserializer ONE_LINE = new LedgerTextDeserializer(false);
    private static final LedgerTextDeserializer SEVERAL_LINES = new LedgerTextDeserializer(true);

    private final boolean multiline;

    private LedgerTextDeserializer(boolean multiline) {
        super(String.class);
        this.multiline = multiline;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    /** The field's own declaration decides; a list's elements follow the list's field. */
    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return property != null && property.getAnnotation(MultilineText.class) != null ? SEVERAL_LINES : ONE_LINE;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getString();
        String violation = TextRule.violation(text, multiline);
        if (violation != null) {
            throw new RefusedTextException(parser, violation);
        }
        return text;
    }

    /** Map keys (competency codes, say) are text too, and always one line. */
    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            String violation = TextRule.violation(key, false);
            if (violation != null) {
                throw new RefusedTextException(context.getParser(), "a key " + violation);
            }
            return key;
        }
    }
}
