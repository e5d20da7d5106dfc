package org.cartledger.command.recording;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cartledger.api.recording.Recorder;
import org.springframework.stereotype.Component;

/**
 * The one way the HTTP API records an entry: it gives the entry its id, fills in "now" where the
 * request left the occurred time out, puts the recorder in the command's metadata (from where it is
 * copied onto the event) and waits for the aggregate's verdict.
 */
@Component
public class EntryDispatcher {

    /** What a request turns into once the server has chosen the entry's id and occurred time. */
    @FunctionalInterface
    public interface CommandFactory {
        Object create(String entryId, Instant occurredAt);
    }

    private final CommandGateway commandGateway;
    private final Clock clock;

    public EntryDispatcher(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    public EntryRecorded record(String traineeId, EntryRequest request, Recorder recorder) {
        return record(traineeId, request.occurredAt(), recorder, (entryId, at) -> request.toCommand(traineeId, entryId, at));
    }

    public EntryRecorded record(String traineeId, Instant occurredAt, Recorder recorder, CommandFactory factory) {
        String entryId = UUID.randomUUID().toString();
        Object command = factory.create(entryId, occurredAt != null ? occurredAt : clock.instant());
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .withMetaData(Map.of(Recorder.ID_KEY, recorder.id(), Recorder.ROLE_KEY, recorder.role())));
        return new EntryRecorded(traineeId, entryId);
    }
}
