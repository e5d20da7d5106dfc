package org.cartledger.command.recording;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;

/** A request body that records one entry in a trainee's record. */
public interface EntryRequest {

    /** When it happened; null means now. */
    Instant occurredAt();

    /** The command, once the server has chosen the entry's id and settled its occurred time. */
    Object toCommand(TraineeId traineeId, String entryId, Instant occurredAt);
}
