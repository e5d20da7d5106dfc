package org.cartledger.audit.entries;

import org.cartledger.http.problem.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event in the store that the ledger cannot read back as one of its entries: it did not write it (a row forged
 * or altered in the database), so nothing built on the record it belongs to, and no tree head over it, can be given.
 * Answered 503 {@value #RULE}, naming the event, instead of failing as a fault of the server.
 */
public final class UnreadableEvent {

    /** The rule of every refusal that comes from a ledger whose store is not as the ledger wrote it. */
    public static final String RULE = "ledger-integrity-broken";
    private static final Logger log = LoggerFactory.getLogger(UnreadableEvent.class);

    private UnreadableEvent() {
    }

    static Refusal at(long position, String eventIdentifier, String payloadType, Exception cause) {
        log.warn("The event at position {} ({}, a {}) cannot be read as an entry: {}", position, eventIdentifier, payloadType,
                cause.toString());
        return new Refusal(503, RULE, "The ledger failed its own integrity check",
                "The event at ledger position " + position + " (event " + eventIdentifier + ", stored as " + payloadType
                        + ") cannot be read as an entry of the ledger: the ledger did not write it as it is now, so no record "
                        + "holding it and no tree head over it can be given. Operators: run the verifier's audit "
                        + "(ledger-verifier audit); it names every event that was inserted, changed or removed.")
                .with("position", position)
                .with("eventIdentifier", eventIdentifier)
                .with("changed", "event")
                .causedBy(cause);
    }
}
