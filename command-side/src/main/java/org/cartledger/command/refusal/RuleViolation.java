package org.cartledger.command.refusal;

import org.cartledger.api.recording.CommandRefusal;

/**
 * A command broke one of the ledger's rules. Thrown by the aggregate and its policies before any
 * event is applied, so nothing is stored.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final int status;

    private RuleViolation(String rule, int status, String detail) {
        super(detail);
        this.rule = rule;
        this.status = status;
    }

    /** The entry itself is not acceptable (a date, a code, a rating): 422. */
    public static RuleViolation unacceptable(String rule, String detail) {
        return new RuleViolation(rule, 422, detail);
    }

    /** The entry conflicts with the record as it stands (closed, already done): 409. */
    public static RuleViolation conflict(String rule, String detail) {
        return new RuleViolation(rule, 409, detail);
    }

    /** The trainee the command names has no record: 404. */
    public static RuleViolation unknownTrainee(String traineeId) {
        return new RuleViolation("trainee-not-enrolled", 404,
                "No trainee '" + traineeId + "' is enrolled. Enroll the trainee first, or check the id.");
    }

    public String rule() {
        return rule;
    }

    public CommandRefusal toRefusal() {
        return new CommandRefusal(rule, status, getMessage());
    }
}
