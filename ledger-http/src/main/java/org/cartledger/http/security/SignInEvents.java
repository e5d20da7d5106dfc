package org.cartledger.http.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Records sign-in events: to the log named {@value #LOGGER} (one line each, for whatever collects the
 * logs) and to the {@link SignInEventStore}, if there is one. Neither ever sees a password: events
 * carry none.
 */
public final class SignInEvents {

    /** Route this logger to where security events belong (a SIEM, a file of its own). */
    public static final String LOGGER = "ledger.security-events";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final Logger problems = LoggerFactory.getLogger(SignInEvents.class);

    private final ObjectProvider<SignInEventStore> store;

    public SignInEvents(ObjectProvider<SignInEventStore> store) {
        this.store = store;
    }

    public void record(SignInEvent event) {
        StringBuilder line = new StringBuilder("sign-in ").append(event.kind()).append(" userId=").append(event.userId())
                .append(" address=").append(event.clientAddress());
        if (event.lock() != null) {
            line.append(" lock=").append(event.lock());
        }
        if (event.lockedUntil() != null) {
            line.append(" until=").append(event.lockedUntil());
        }
        if (event.attempts() != null) {
            line.append(" attempts=").append(event.attempts());
        }
        if (event.actedBy() != null) {
            line.append(" by=").append(event.actedBy());
        }
        if (event.kind() == SignInEvent.Kind.FAILED) {
            log.info("{}", line);
        } else {
            log.warn("{}", line);
        }
        SignInEventStore kept = store.getIfAvailable();
        if (kept == null) {
            return;
        }
        try {
            kept.append(event);
        } catch (RuntimeException e) {
            // the sign-in is answered as it would be anyway; the log above still has the event
            problems.error("Could not store the sign-in event {} for {}: {}", event.kind(), event.userId(), e.toString());
        }
    }
}
