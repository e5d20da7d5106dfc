package org.cartledger.command.committee;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;

/**
 * Where the ledger stands, for the one rule a trainee's record cannot decide alone: a committee review's
 * {@code basedOnLedgerPosition} must lie between the trainee's enrollment and the head of the ledger.
 * Positions are the event store's global ones (every dashboard carries its {@code ledgerPosition}).
 */
public interface LedgerPositions {

    /** The position of the newest event in the ledger; -1 while it is empty. */
    long head();

    /**
     * The position of the trainee's enrollment.
     *
     * @param enrollmentRecordedAt when the enrollment was recorded: where in the ledger to look for it
     */
    long enrollmentPosition(TraineeId traineeId, Instant enrollmentRecordedAt);
}
