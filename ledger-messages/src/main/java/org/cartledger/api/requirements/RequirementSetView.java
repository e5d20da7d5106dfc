package org.cartledger.api.requirements;

import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.enrollment.Track;

/** A requirement set as it is on record: its version, from when it is in force, who recorded it, where and why. */
public record RequirementSetView(
        Track track,
        int version,
        LocalDate effectiveFrom,
        RequirementSet requirements,
        String reason,
        String entryId,
        Instant occurredAt,
        Instant recordedAt,
        String recorderId,
        long ledgerPosition) {
}
