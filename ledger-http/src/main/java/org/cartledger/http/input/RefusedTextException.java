package org.cartledger.http.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A string in a request body that the {@link TextRule} refuses. A mismatch like a wrong type, so
 * Jackson records the field path on it and the request is answered 400 naming that field.
 */
public class RefusedTextException extends MismatchedInputException {

    private final String reason;

    RefusedTextException(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    /** What is wrong with the text and how to fix it, without the field (the path names it). */
    public String reason() {
        return reason;
    }
}
