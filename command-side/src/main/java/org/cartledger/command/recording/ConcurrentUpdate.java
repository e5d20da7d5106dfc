package org.cartledger.command.recording;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.cartledger.http.problem.Refusal;

/** Another entry being recorded on the same trainee at the same moment: met, retried, and at last given up on. */
public final class ConcurrentUpdate {

    private ConcurrentUpdate() {
    }

    /** Every attempt met another entry: 409, nothing stored, and the client may send it again. */
    static Refusal outlastedEveryAttempt(int attempts, Throwable lastConflict) {
        return new Refusal(409, "concurrent-update", "Other entries were being recorded at the same moment",
                "This trainee's record changed while the entry was being recorded, " + attempts
                        + " times in a row, and nothing was stored. Send it again in a moment"
                        + " (with the same Idempotency-Key, if you used one).").causedBy(lastConflict);
    }

    /**
     * Whether the command lost a race on the trainee's sequence numbers (so that sending it again,
     * against the record as it now stands, is safe), rather than breaking a rule.
     */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
