package org.cartledger.api.transcript;

import java.util.List;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;

/**
 * A trainee's entries in ledger order.
 *
 * @param stale why the transcript is behind the ledger; null when it is current
 */
public record TranscriptView(TraineeId traineeId, List<TranscriptEntryView> entries, Staleness stale) {

    /** A current transcript. */
    public TranscriptView(TraineeId traineeId, List<TranscriptEntryView> entries) {
        this(traineeId, entries, null);
    }
}
