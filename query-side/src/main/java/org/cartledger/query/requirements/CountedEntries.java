package org.cartledger.query.requirements;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartledger.api.activity.SupervisionLevel;

/**
 * What of a trainee's record counts toward requirements, corrected entries already left out: the only input of
 * {@link ProgressMeasure}, so that the live dashboard and every replay measure the same way.
 *
 * @param procedureLevels        each procedure's entries by catalog code, one supervision level per entry (null
 *                               when the entry named none)
 * @param skillsSignedOff        the skills signed off at least once
 * @param attendanceByType       attendances per activity type
 * @param latestMilestones       each rated competency's latest milestone level
 * @param researchPresentations  research entries that record a presentation given
 * @param committeeReviews       committee reviews on record
 */
public record CountedEntries(
        Map<String, List<SupervisionLevel>> procedureLevels,
        Set<String> skillsSignedOff,
        Map<String, Integer> attendanceByType,
        Map<String, Integer> latestMilestones,
        int researchPresentations,
        int committeeReviews) {

    public CountedEntries {
        procedureLevels = Map.copyOf(procedureLevels);
        skillsSignedOff = Set.copyOf(skillsSignedOff);
        attendanceByType = Map.copyOf(attendanceByType);
        latestMilestones = Map.copyOf(latestMilestones);
    }
}
