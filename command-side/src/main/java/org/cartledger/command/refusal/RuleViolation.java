package org.cartledger.command.refusal;

import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.CommandRefusal;
import org.cartledger.http.problem.Refusal;

/**
 * The ways a command breaks one of the ledger's rules, each a {@link Refusal} naming the rule. Thrown
 * by the aggregate and its policies before any event is applied, so nothing is stored.
 */
public final class RuleViolation {

    private RuleViolation() {
    }

    /** The entry itself is not acceptable (a date, a code, a rating): 422. */
    public static Refusal unacceptable(String rule, String detail) {
        return Refusal.of(new CommandRefusal(rule, 422, detail));
    }

    /** The entry conflicts with the record as it stands (closed, already done): 409. */
    public static Refusal conflict(String rule, String detail) {
        return Refusal.of(new CommandRefusal(rule, 409, detail));
    }

    /** The trainee the command names has no record: 404. */
    public static Refusal unknownTrainee(TraineeId traineeId) {
        return Refusal.of(new CommandRefusal("trainee-not-enrolled", 404,
                "No trainee '" + traineeId + "' is enrolled. Enroll the trainee first, or check the id."));
    }
}
