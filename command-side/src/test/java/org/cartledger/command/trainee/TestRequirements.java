package org.cartledger.command.trainee;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.command.requirements.RequirementsOnRecord;

/**
 * The requirement sets and progress a fixture's record stands among: unless a test says otherwise, a set that requires
 * nothing, met. What the ledger answers for real (folded from the events) is tested on the query side and over HTTP.
 */
final class TestRequirements implements RequirementsOnRecord {

    private final List<RequirementSetView> sets = new ArrayList<>();
    private RequirementProgress progress = new RequirementProgress(Track.FELLOW, 1, java.time.LocalDate.of(2025, 1, 1),
            RequirementProgress.Basis.IN_FORCE_AT_ENROLLMENT, List.of(), 100, true);

    TestRequirements withSets(List<RequirementSetView> onRecord) {
        sets.addAll(onRecord);
        return this;
    }

    /** Null: no set on record for the trainee's track. */
    TestRequirements withProgress(RequirementProgress trainees) {
        this.progress = trainees;
        return this;
    }

    @Override
    public Optional<RequirementProgress> progressOf(TraineeId traineeId) {
        return Optional.ofNullable(progress);
    }

    @Override
    public List<RequirementSetView> setsOf(Track track) {
        return sets.stream().filter(set -> set.track() == track).toList();
    }
}
