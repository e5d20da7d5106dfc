package org.cartledger.command.recording;

import org.cartledger.api.ids.TraineeId;

/** The answer to a recorded entry: its id, to be quoted by a later correction. */
public record EntryRecorded(TraineeId traineeId, String entryId) {
}
