package org.cartledger.web.coordinator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.cartledger.api.ids.IdRule;
import org.cartledger.http.input.TextRule;

/**
 * The shape checks the coordinator's forms share, each putting the message that says what is wrong under the
 * field's name: a required field left blank, an id outside the ledger's id rule, text too long or holding a
 * character that cannot be stored, a date that is not one.
 */
final class FieldChecks {

    private FieldChecks() {
    }

    static void id(Map<String, String> problems, String field, String value, boolean required) {
        if (blank(value)) {
            required(problems, field, required);
        } else if (!value.strip().matches(IdRule.PATTERN)) {
            problems.put(field, "enroll.problem.id");
        }
    }

    static void text(Map<String, String> problems, String field, String value, boolean required, int max, String tooLong,
                     boolean multiline) {
        if (blank(value)) {
            required(problems, field, required);
        } else if (value.strip().length() > max) {
            problems.put(field, tooLong);
        } else if (!TextRule.allows(value.strip(), multiline)) {
            problems.put(field, "enroll.problem.control");
        }
    }

    static void date(Map<String, String> problems, String field, String value, boolean required) {
        if (blank(value)) {
            required(problems, field, required);
        } else if (dateOrNull(value) == null) {
            problems.put(field, "enroll.problem.date");
        }
    }

    static LocalDate dateOrNull(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void required(Map<String, String> problems, String field, boolean required) {
        if (required) {
            problems.put(field, "enroll.problem.required");
        }
    }
}
