package org.cartledger.audit.entries;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.axonframework.common.DateTimeUtils;

/**
 * The time an event was stored, read back from Axon's {@code time_stamp} text. Axon writes it always
 * in one shape, {@code 2026-03-14T08:30:00.123Z}, which is read here digit by digit: a replay reads
 * thousands of them, and the general ISO parser costs more than the rest of the row. Any other shape
 * goes to Axon's own parser, so what it accepts and refuses stays Axon's.
 */
final class StoredTimes {

    private static final String SHAPE = "dddd-dd-ddTdd:dd:dd.dddZ";

    private StoredTimes() {
    }

    static Instant parse(String text) {
        if (!hasAxonShape(text)) {
            return DateTimeUtils.parseInstant(text);
        }
        // LocalDateTime.of refuses what ISO's strict parsing refuses: month 13, February 30, hour 24
        return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
                number(text, 14, 16), number(text, 17, 19), number(text, 20, 23) * 1_000_000).toInstant(ZoneOffset.UTC);
    }

    private static boolean hasAxonShape(String text) {
        if (text.length() != SHAPE.length()) {
            return false;
        }
        for (int i = 0; i < SHAPE.length(); i++) {
            char expected = SHAPE.charAt(i);
            char actual = text.charAt(i);
            if (expected == 'd' ? actual < '0' || actual > '9' : actual != expected) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
