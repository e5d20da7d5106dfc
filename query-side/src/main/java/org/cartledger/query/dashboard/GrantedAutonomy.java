package org.cartledger.query.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.query.dashboard.DashboardState.Review;

/**
 * What the autonomy the committee granted allows a trainee to do at a patient's side, as the least supervision a
 * procedure may be logged at. The one place this mapping is defined:
 * <ul>
 * <li>OBSERVATION_ONLY → ASSISTED: the trainee may watch or assist while faculty performs; performing any step
 *     themselves, even under direct supervision, is beyond observation.</li>
 * <li>DIRECT_SUPERVISION → DIRECT_SUPERVISION, INDIRECT_SUPERVISION → INDIRECT_SUPERVISION: as named.</li>
 * <li>SUPERVISION_ON_REQUEST → INDIRECT_SUPERVISION: a supervisor is still answerable and reachable; a procedure
 *     logged as performed independently says nobody was.</li>
 * <li>INDEPENDENT_MANAGEMENT → INDEPENDENT.</li>
 * </ul>
 * Simulated procedures are left out: autonomy is granted over patient care, and a simulation is practice for it.
 */
final class GrantedAutonomy {

    private GrantedAutonomy() {
    }

    static SupervisionLevel leastSupervisionAllowed(AutonomyLevel autonomy) {
        return switch (autonomy) {
            case OBSERVATION_ONLY -> SupervisionLevel.ASSISTED;
            case DIRECT_SUPERVISION -> SupervisionLevel.DIRECT_SUPERVISION;
            case INDIRECT_SUPERVISION, SUPERVISION_ON_REQUEST -> SupervisionLevel.INDIRECT_SUPERVISION;
            case INDEPENDENT_MANAGEMENT -> SupervisionLevel.INDEPENDENT;
        };
    }

    /**
     * The clinical procedures (entry ids) that took place after the latest review granting autonomy, at less
     * supervision than it allows; none before any review granted autonomy. Corrected entries and reviews do not count.
     */
    static List<String> proceduresBeyond(DashboardState state) {
        Optional<Review> latestGrant = state.reviews.stream().filter(r -> state.counts(r.entryId()))
                .filter(r -> r.autonomyGranted() != null)
                .max(Comparator.comparing(Review::reviewMonth).thenComparing(Review::occurredAt));
        if (latestGrant.isEmpty()) {
            return List.of();
        }
        Review grant = latestGrant.get();
        SupervisionLevel allowed = leastSupervisionAllowed(grant.autonomyGranted());
        return state.procedures.stream().filter(p -> state.counts(p.entryId()))
                .filter(p -> p.setting() != ProcedureSetting.SIMULATION)
                .filter(p -> p.occurredAt() != null && p.occurredAt().isAfter(grant.occurredAt()))
                .filter(p -> p.supervisionLevel() != null && p.supervisionLevel().compareTo(allowed) > 0)
                .map(DashboardState.Procedure::entryId).toList();
    }
}
