package org.cartledger.audit.replay;

import java.time.Instant;
import java.time.YearMonth;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;

/**
 * The committee review being reproduced.
 *
 * @param ledgerPosition        the position of the review's own event
 * @param statedBasis           the {@code basedOnLedgerPosition} the review recorded; null when it named none
 * @param basedOnLedgerPosition the position the reproduction is built from: the stated basis, or the position
 *                              just before the review's own event when it named none (or named one at or
 *                              after its own, which no committee can have seen)
 */
record ReviewedMeeting(
        String entryId,
        YearMonth reviewMonth,
        CommitteeDecision decision,
        AutonomyLevel autonomyGranted,
        Instant occurredAt,
        Instant recordedAt,
        long ledgerPosition,
        Long statedBasis,
        long basedOnLedgerPosition) {
}
