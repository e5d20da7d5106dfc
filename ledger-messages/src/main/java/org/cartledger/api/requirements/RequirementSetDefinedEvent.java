package org.cartledger.api.requirements;

import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.enrollment.Track;

/**
 * The coordinator defined a track's requirements, or revised them: version 1 is the first set of the track, each
 * revision the next number. It is in force for trainees enrolled on or after {@code effectiveFrom}, from the moment
 * it is recorded. An entry of the program's own record for the track ({@link #recordIdOf}), not of a trainee's.
 *
 * @param reason why the set was defined or revised (for the default set: where its figures come from)
 */
public record RequirementSetDefinedEvent(
        Track track,
        String entryId,
        Instant occurredAt,
        int version,
        LocalDate effectiveFrom,
        RequirementSet requirements,
        String reason) {

    private static final String PREFIX = "requirements:";

    /**
     * The aggregate identifier of a track's requirement sets. The ':' keeps it apart from every trainee id, which the
     * id rule ({@link org.cartledger.api.ids.IdRule}) forbids to hold one.
     */
    public static String recordIdOf(Track track) {
        return PREFIX + track.name();
    }

    /** Whether an aggregate identifier is that of a track's requirement sets rather than a trainee's. */
    public static boolean isRequirementsRecord(String aggregateIdentifier) {
        return aggregateIdentifier != null && aggregateIdentifier.startsWith(PREFIX);
    }
}
