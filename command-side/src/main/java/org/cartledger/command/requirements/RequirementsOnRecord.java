package org.cartledger.command.requirements;

import java.util.List;
import java.util.Optional;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementSetView;

/**
 * What a trainee's record cannot decide alone when it is completed or moved to another requirement set: the
 * requirement sets on record and the trainee's progress against theirs, both read from the ledger itself (never from
 * a read model that may be behind). The record's own lock keeps its entries from changing while it asks.
 */
public interface RequirementsOnRecord {

    /** The trainee's progress against the set they are measured by; empty when their track has no set on record. */
    Optional<RequirementProgress> progressOf(TraineeId traineeId);

    /** The track's requirement sets, oldest version first. */
    List<RequirementSetView> setsOf(Track track);
}
