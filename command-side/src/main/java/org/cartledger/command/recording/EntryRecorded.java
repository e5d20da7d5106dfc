package org.cartledger.command.recording;

/** The answer to a recorded entry: its id, to be quoted by a later correction. */
public record EntryRecorded(String traineeId, String entryId) {
}
