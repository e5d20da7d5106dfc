package org.cartledger.audit.replay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.requirements.FindRequirementProgressQuery;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.audit.entries.RecordedEntries;
import org.cartledger.query.requirements.RequirementSetsOnRecord;
import org.springframework.stereotype.Component;

/**
 * A trainee's progress now, folded from their record in the ledger itself: what the trainee's record checks a
 * completion or a move to another requirement set against, while it holds its own lock, so that nothing recorded a
 * moment ago is missed as it could be by a read model still catching up.
 */
@Component
class ProgressFromTheLedger {

    private final RecordedEntries entries;
    private final RequirementSetsOnRecord requirementSets;
    private final Clock clock;

    ProgressFromTheLedger(RecordedEntries entries, RequirementSetsOnRecord requirementSets, Clock clock) {
        this.entries = entries;
        this.requirementSets = requirementSets;
        this.clock = clock;
    }

    @QueryHandler
    Optional<RequirementProgress> handle(FindRequirementProgressQuery query) {
        return ReplayedRecord.of(query.traineeId(), entries.ofTrainee(query.traineeId()), requirementSets::ofTrack)
                // the program site's today, as the live dashboard reckons it
                .map(record -> record.dashboardOn(LocalDate.now(clock.withZone(record.zone()))).progress());
    }
}
