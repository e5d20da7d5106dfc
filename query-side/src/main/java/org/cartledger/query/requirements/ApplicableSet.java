package org.cartledger.query.requirements;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.RequirementProgress.Basis;
import org.cartledger.api.requirements.RequirementSetView;

/** The requirement set a trainee is measured by, and why that one. */
public record ApplicableSet(RequirementSetView set, Basis basis) {

    /**
     * Which of the sets on record applies: the one the committee last moved the trainee to; else the newest of the
     * track recorded before the enrollment (a set recorded later changes nobody's requirements behind their back) and
     * in force on the enrollment's day; else, for a trainee enrolled before any set was in force (an older ledger),
     * the track's first. Empty when the track has no set on record.
     *
     * @param onRecord           the sets as the view sees them: for a view as of a cut, only those recorded by then
     * @param enrolledAtPosition where the enrollment is in the ledger
     * @param enrolledOn         the enrollment's day in the program's zone
     * @param movedTo            the version the committee moved the trainee to; null when it never did
     */
    public static Optional<ApplicableSet> among(List<RequirementSetView> onRecord, Track track, long enrolledAtPosition,
                                                LocalDate enrolledOn, Integer movedTo) {
        List<RequirementSetView> ofTrack = onRecord.stream().filter(set -> set.track() == track)
                .sorted(Comparator.comparingInt(RequirementSetView::version)).toList();
        if (movedTo != null) {
            Optional<RequirementSetView> moved = ofTrack.stream().filter(set -> set.version() == movedTo).findFirst();
            if (moved.isPresent()) {
                return Optional.of(new ApplicableSet(moved.get(), Basis.MOVED_BY_COMMITTEE));
            }
            // a move to a set not (yet) on record at this cut: measured as if it had not happened
        }
        Optional<RequirementSetView> inForce = ofTrack.stream()
                .filter(set -> set.ledgerPosition() < enrolledAtPosition)
                .filter(set -> enrolledOn != null && !set.effectiveFrom().isAfter(enrolledOn))
                .reduce((older, newer) -> newer);
        if (inForce.isPresent()) {
            return Optional.of(new ApplicableSet(inForce.get(), Basis.IN_FORCE_AT_ENROLLMENT));
        }
        return ofTrack.stream().findFirst().map(first -> new ApplicableSet(first, Basis.FIRST_OF_TRACK));
    }
}
