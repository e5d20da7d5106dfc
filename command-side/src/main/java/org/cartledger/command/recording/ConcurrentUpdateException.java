package org.cartledger.command.recording;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/** Every attempt to record an entry met another entry being recorded on the same trainee at the same moment. */
public class ConcurrentUpdateException extends RuntimeException {

    private final int attempts;

    ConcurrentUpdateException(int attempts, Throwable lastConflict) {
        super("The record changed during each of " + attempts + " attempts", lastConflict);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }

    /**
     * Whether the command lost a race on the trainee's sequence numbers (so that sending it again,
     * against the record as it now stands, is safe), rather than breaking a rule.
     */
    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
