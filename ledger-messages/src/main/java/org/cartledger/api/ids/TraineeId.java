package org.cartledger.api.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The hospital's identifier for a trainee, kept for life: a type of its own so that it is never passed where a
 * faculty, user or entry id is meant. It holds to the {@link IdRule}; every trainee id ever stored was held to it
 * (or to a stricter form of it) at enrollment, so reading the ledger back never meets one it refuses.
 *
 * <p>Its JSON form is the plain string, so stored events, read-model state and every answer keep the form they had
 * when the id was a String. {@link #toString()} is the value too: Axon takes an aggregate identifier and a
 * command's target by {@code toString()}, and the event store's aggregate_identifier column must stay the id.
 */
public record TraineeId(@JsonValue String value) implements Comparable<TraineeId> {

    private static final Pattern RULE = Pattern.compile(IdRule.PATTERN);

    public TraineeId {
        Objects.requireNonNull(value, "a trainee id is required");
        if (!RULE.matcher(value).matches()) {
            throw new IllegalArgumentException("A trainee id " + IdRule.DESCRIPTION); // not echoed: it may be anything
        }
    }

    /** Read from the plain string; delegating, so that Jackson never expects {@code {"value": ...}}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TraineeId of(String value) {
        return new TraineeId(value);
    }

    /** In the order of their text, as lists ordered by trainee id were when ids were strings. */
    @Override
    public int compareTo(TraineeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
