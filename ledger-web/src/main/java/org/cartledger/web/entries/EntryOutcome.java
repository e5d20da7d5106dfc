package org.cartledger.web.entries;

import org.cartledger.api.recording.CommandRefusal;

/**
 * What became of an entry sent from a page: recorded (the first time or again, the same entry), refused
 * by the ledger with its rule, or not known (the command bus failed): then the person may send the same
 * form again, which records at most once.
 */
public sealed interface EntryOutcome {

    record Recorded(String entryId) implements EntryOutcome {
    }

    record Refused(CommandRefusal refusal) implements EntryOutcome {
    }

    record NotKnown() implements EntryOutcome {
    }
}
