package org.cartledger.query.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.http.problem.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The events each read model holds back, one sequence per trainee (see {@link ProcessingConfiguration}):
 * who is stuck and why, for the views, health and the administrator, and retrying them after a fix.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;

    public DeadLetters(EventProcessingConfiguration processing, TransactionManager transactions) {
        this.processing = processing;
        this.transactions = transactions;
    }

    public List<DeadLetterSequence> sequences(String readModel) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(readModel);
        return transactions.fetchInTransaction(() -> {
            List<DeadLetterSequence> sequences = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                List<DeadLetter<? extends EventMessage<?>>> letters = StreamSupport.stream(sequence.spliterator(), false).toList();
                if (!letters.isEmpty()) {
                    sequences.add(new DeadLetterSequence(traineeOf(letters.get(0)),
                            letters.stream().map(DeadLetters::view).toList()));
                }
            }
            return sequences;
        });
    }

    public List<StuckTrainee> stuck(String readModel) {
        return sequences(readModel).stream().map(DeadLetters::stuck).toList();
    }

    /** Empty when the read model holds nothing of this trainee back: one look-up, as every view asks. */
    public Optional<StuckTrainee> stuck(String readModel, TraineeId traineeId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(readModel);
        return transactions.fetchInTransaction(() -> {
            if (!queue.contains(traineeId.value())) {
                return Optional.empty();
            }
            List<DeadLetterView> letters = StreamSupport.stream(queue.deadLetterSequence(traineeId.value()).spliterator(), false)
                    .map(DeadLetters::view).toList();
            return letters.isEmpty() ? Optional.empty() : Optional.of(stuck(new DeadLetterSequence(traineeId, letters)));
        });
    }

    /**
     * Hands each stuck trainee's held-back events (or one trainee's) to the read model again, in order.
     * A trainee is cleared when all of them are taken in; at the first that fails again, the rest stay
     * held back behind it, with the new error.
     */
    public RetryOutcome retry(String readModel, TraineeId onlyTraineeId) {
        queue(readModel); // an unknown read model is refused before anything else
        var processor = processing.sequencedDeadLetterProcessor(readModel)
                .orElseThrow(() -> new IllegalStateException("Read model '" + readModel + "' keeps no dead letters here."));
        List<TraineeId> trainees = onlyTraineeId != null ? List.of(onlyTraineeId)
                : stuck(readModel).stream().map(StuckTrainee::traineeId).toList();
        if (onlyTraineeId != null && stuck(readModel, onlyTraineeId).isEmpty()) {
            throw new Refusal(404, "no-dead-letters", "Nothing to retry", "Read model '" + readModel
                    + "' holds nothing back for trainee '" + onlyTraineeId + "': there is nothing to retry.");
        }
        for (TraineeId traineeId : trainees) {
            Predicate<DeadLetter<? extends EventMessage<?>>> ofTrainee = letter -> traineeId.equals(traineeOf(letter));
            try {
                processor.process(ofTrainee);
            } catch (RuntimeException e) {
                // the letters stay where they were; the outcome below reports the trainee as still stuck
                log.warn("Retrying the dead letters of trainee {} in read model {} failed", traineeId, readModel, e);
            }
        }
        List<TraineeId> cleared = new ArrayList<>();
        List<StuckTrainee> stillStuck = new ArrayList<>();
        for (TraineeId traineeId : trainees) {
            stuck(readModel, traineeId).ifPresentOrElse(stillStuck::add, () -> cleared.add(traineeId));
        }
        return new RetryOutcome(readModel, cleared, stillStuck);
    }

    private static StuckTrainee stuck(DeadLetterSequence sequence) {
        DeadLetterView first = sequence.letters().get(0);
        return new StuckTrainee(sequence.traineeId(), first.position(), first.entryId(), first.error(),
                first.enqueuedAt(), sequence.letters().size());
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        Long position = message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? (Long) tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        String entryId = null;
        String entryType = message.getPayloadType().getSimpleName();
        if (message.getPayload() instanceof LedgerEntryEvent entry) {
            entryId = entry.entryId();
            entryType = LedgerEntryEvent.typeName(entry);
        }
        String error = letter.cause().map(cause -> cause.type() + ": " + cause.message()).orElse(null);
        return new DeadLetterView(position, entryId, entryType, letter.enqueuedAt(), letter.lastTouched(), error);
    }

    /** The queue knows a trainee by the sequence identifier, the id as a string (see {@link PerTraineeSequencingPolicy}). */
    private static TraineeId traineeOf(DeadLetter<? extends EventMessage<?>> letter) {
        return new TraineeId(String.valueOf(PerTraineeSequencingPolicy.INSTANCE.getSequenceIdentifierFor(letter.message())));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String readModel) {
        ReadModels.requireKnown(readModel);
        return processing.deadLetterQueue(readModel)
                .orElseThrow(() -> new IllegalStateException("Read model '" + readModel + "' keeps no dead letters here."));
    }
}
