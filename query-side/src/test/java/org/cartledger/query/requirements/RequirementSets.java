package org.cartledger.query.requirements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.api.requirements.RequirementSetView;

/** Requirement sets as they read on record, for tests that measure progress against them. */
public final class RequirementSets {

    public static final String INFUSION = "CAR_T_INFUSION_INTRAVENOUS";

    private RequirementSets() {
    }

    /** Five intravenous infusions at direct supervision or better, and nothing else. */
    public static RequirementSet fiveInfusions() {
        return new RequirementSet(List.of(new RequirementSet.ProcedureMinimum(INFUSION, 5, SupervisionLevel.DIRECT_SUPERVISION)),
                List.of(), List.of(), List.of(), 0, 0);
    }

    public static RequirementSetView recorded(Track track, int version, LocalDate effectiveFrom, long position,
                                              RequirementSet requirements) {
        Instant at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(position);
        return new RequirementSetView(track, version, effectiveFrom, requirements, "test set " + version,
                "entry-set-" + track + "-" + version, at, at, "coord-li", position);
    }

    public static RequirementSetView recorded(Track track, int version, LocalDate effectiveFrom, long position) {
        return recorded(track, version, effectiveFrom, position, fiveInfusions());
    }
}
