package org.cartledger.api.requirements;

import java.time.LocalDate;
import java.util.List;
import org.cartledger.api.enrollment.Track;

/**
 * A trainee's progress against the requirement set they are measured by.
 *
 * @param version   the set's version in its track
 * @param basis     why this set: in force at enrollment, chosen by the committee, or (for a trainee enrolled before any
 *                  set was on record) the track's first
 * @param percent   the mean over the requirements of done / required, each counted at most whole, rounded down: 100
 *                  only when every requirement is met
 */
public record RequirementProgress(
        Track track,
        int version,
        LocalDate effectiveFrom,
        Basis basis,
        List<RequirementStatus> requirements,
        int percent,
        boolean met) {

    public enum Basis {
        IN_FORCE_AT_ENROLLMENT,
        MOVED_BY_COMMITTEE,
        FIRST_OF_TRACK
    }

    /** What is still missing, in words, one line per requirement not met. */
    public List<String> missing() {
        return requirements.stream().filter(r -> !r.met()).map(RequirementStatus::missing).toList();
    }
}
