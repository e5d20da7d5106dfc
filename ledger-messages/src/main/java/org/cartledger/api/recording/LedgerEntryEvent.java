package org.cartledger.api.recording;

import java.time.Instant;

/**
 * What every event in a trainee's record has in common. The recorder (who wrote the entry, and
 * when) is not here: it travels in the event's metadata, put there by the server, so that a
 * request can never claim to be someone else.
 */
public interface LedgerEntryEvent {

    /** The trainee whose record this entry belongs to (the aggregate identifier). */
    String traineeId();

    /** This entry's own identifier, the one a correction names. */
    String entryId();

    /** When the thing happened in the world (not when it was written down). */
    Instant occurredAt();

    /**
     * The entry's type as transcripts and replays name it: the event's name without "Event", e.g.
     * SkillLogged. Static, so that it is never mistaken for a field of the event.
     */
    static String typeName(LedgerEntryEvent event) {
        String name = event.getClass().getSimpleName();
        return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
    }
}
