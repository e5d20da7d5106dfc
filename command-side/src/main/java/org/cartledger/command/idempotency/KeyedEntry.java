package org.cartledger.command.idempotency;

/** The entry a keyed request recorded: what a retry of it is answered with. */
public record KeyedEntry(String traineeId, String entryId) {
}
