package org.cartledger.command.recording;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.Recorder;
import org.cartledger.command.idempotency.IdempotencyKey;
import org.cartledger.command.idempotency.IdempotencyKeys;
import org.cartledger.command.idempotency.KeyedEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one way the HTTP API records an entry: it gives the entry its id, fills in "now" where the
 * request left the occurred time out, puts the recorder in the command's metadata (from where it is
 * copied onto the event) and waits for the aggregate's verdict.
 *
 * <p>Two commands on one trainee that meet (two ledger processes on one database; within one
 * process Axon locks the trainee's record) are told apart by the record's sequence numbers: the
 * second to commit fails and stores nothing. It is then sent again, against the record as it now
 * stands, so a conflict never loses an entry; only one that outlasts every attempt is answered 409.
 * A request with an Idempotency-Key records its entry once however often it is sent: its entry id
 * comes from the key, not at random (see {@link IdempotencyKeys}).
 */
@Component
public class EntryDispatcher {

    /** What a request turns into once the server has chosen the entry's id and occurred time. */
    @FunctionalInterface
    public interface CommandFactory {
        Object create(String entryId, Instant occurredAt);
    }

    private static final Logger log = LoggerFactory.getLogger(EntryDispatcher.class);
    /** Stands for the server-chosen entry id when comparing a retried request with the first one. */
    private static final String ANY_ENTRY_ID = "";

    private final CommandGateway commandGateway;
    private final Clock clock;
    private final IdempotencyKeys idempotencyKeys;
    private final int attempts;
    private final Counter conflicts;

    public EntryDispatcher(CommandGateway commandGateway, Clock clock, IdempotencyKeys idempotencyKeys,
                           @Value("${ledger.commands.attempts-on-conflict:10}") int attempts, MeterRegistry meters) {
        if (attempts < 1) {
            throw new IllegalArgumentException("ledger.commands.attempts-on-conflict must be at least 1, was " + attempts);
        }
        this.commandGateway = commandGateway;
        this.clock = clock;
        this.idempotencyKeys = idempotencyKeys;
        this.attempts = attempts;
        this.conflicts = Counter.builder("ledger.commands.conflicts")
                .description("Attempts to record an entry that lost a race on the trainee's record and stored nothing")
                .register(meters);
    }

    public EntryRecorded record(TraineeId traineeId, EntryRequest request, Recorder recorder) {
        return record(traineeId, request.occurredAt(), recorder, (entryId, at) -> request.toCommand(traineeId, entryId, at));
    }

    public EntryRecorded record(TraineeId traineeId, Instant occurredAt, Recorder recorder, CommandFactory factory) {
        Instant at = occurredAt != null ? occurredAt : clock.instant();
        Map<String, String> metaData = recorder.toMetaData();

        Optional<IdempotencyKey> key = idempotencyKeys.keyOfCurrentRequest();
        if (key.isEmpty()) {
            String entryId = UUID.randomUUID().toString();
            send(factory.create(entryId, at), metaData);
            return new EntryRecorded(traineeId, entryId);
        }
        KeyedEntry recorded = idempotencyKeys.recordOnce(key.get(), recorder, traineeId, factory.create(ANY_ENTRY_ID, occurredAt),
                (entryId, keyMetaData) -> {
                    Map<String, String> all = new HashMap<>(metaData);
                    all.putAll(keyMetaData);
                    send(factory.create(entryId, at), all);
                });
        return new EntryRecorded(recorded.traineeId(), recorded.entryId());
    }

    private void send(Object command, Map<String, String> metaData) {
        for (int attempt = 1; ; attempt++) {
            try {
                // a new message each attempt: a message id names one dispatch
                commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
                return;
            } catch (RuntimeException e) {
                if (!ConcurrentUpdate.isConflict(e)) {
                    throw e;
                }
                conflicts.increment();
                if (attempt == attempts) {
                    log.warn("Gave up recording an entry after {} concurrent updates", attempts);
                    throw ConcurrentUpdate.outlastedEveryAttempt(attempts, e);
                }
                log.debug("{} met a concurrent update on attempt {}; sending it again", command.getClass().getSimpleName(), attempt);
                pauseBeforeAttempt(attempt + 1);
            }
        }
    }

    /** A few milliseconds, more after each conflict and at random, so that the next attempts do not meet again. */
    private static void pauseBeforeAttempt(int attempt) {
        long bound = Math.min(100, 5L << Math.min(attempt, 5));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to send a command again", e);
        }
    }
}
