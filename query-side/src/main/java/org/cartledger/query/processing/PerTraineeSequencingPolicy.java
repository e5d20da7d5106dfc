package org.cartledger.query.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.cartledger.api.recording.LedgerEntryEvent;

/**
 * One sequence per trainee: a trainee's entries are projected in ledger order, in one segment, and
 * when one of them fails, only that trainee's later entries wait behind it in the dead-letter queue.
 * The trainee id is the aggregate id the command side writes, so this is Axon's per-aggregate policy
 * said in the ledger's own words; it also holds for events that come without an aggregate id.
 */
final class PerTraineeSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    static final PerTraineeSequencingPolicy INSTANCE = new PerTraineeSequencingPolicy();

    private PerTraineeSequencingPolicy() {
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof LedgerEntryEvent entry) {
            // the id as a string: the dead-letter queue stores any other sequence identifier by its hash code,
            // and segments are chosen by the identifier's hash code, which must stay the one held since the start
            return entry.traineeId().value();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
