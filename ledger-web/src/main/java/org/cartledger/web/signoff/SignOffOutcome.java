package org.cartledger.web.signoff;

import org.cartledger.api.recording.CommandRefusal;

/**
 * What became of a sign-off sent from a page: recorded (the first time or again, the same entry), refused
 * by the ledger with its rule and reason, or not known (the command bus failed): then the person may send
 * the same form again, which records at most once.
 */
sealed interface SignOffOutcome {

    record Recorded(String entryId) implements SignOffOutcome {
    }

    record Refused(CommandRefusal refusal) implements SignOffOutcome {
    }

    record NotKnown() implements SignOffOutcome {
    }
}
