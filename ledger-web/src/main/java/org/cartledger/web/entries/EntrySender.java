package org.cartledger.web.entries;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.CommandRefusal;
import org.cartledger.api.recording.IdempotentRequest;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.api.recording.Recorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one way a page records an entry of any kind: it sends the command to the command bus as the HTTP
 * API would, with the signed-in faculty member (or coordinator) as its recorder and the form's key as its idempotent
 * request, so that the entry id comes from the key and a second submission of the same form (a double
 * tap, a retry after a dropped connection) is answered with the first one's entry and records nothing more.
 */
@Component
public class EntrySender {

    /** The command of one entry, once its id and occurred time are known. */
    @FunctionalInterface
    public interface EntryCommand {
        Object create(String entryId, Instant occurredAt);
    }

    private static final Logger log = LoggerFactory.getLogger(EntrySender.class);
    /** Stands for the entry id and time when the fingerprint is taken: neither is part of what the person asked. */
    private static final Instant ANY_TIME = Instant.EPOCH;

    private final CommandGateway commands;

    public EntrySender(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * @param asked    what the person chose that the command does not show as they chose it (the day they
     *                 picked, where the command holds an instant); part of the fingerprint
     * @param formKey  the key the form was rendered with; checked by the caller to be one this app makes
     */
    public EntryOutcome send(String facultyId, TraineeId traineeId, String formKey, Instant occurredAt, String asked,
                             EntryCommand entry) {
        return send(new Recorder(facultyId, LedgerRole.FACULTY.name()), traineeId, formKey, occurredAt, asked, entry);
    }

    /** As {@link #send(String, String, String, Instant, String, EntryCommand)}, for a recorder in another role (the coordinator). */
    public EntryOutcome send(Recorder recorder, TraineeId traineeId, String formKey, Instant occurredAt, String asked,
                             EntryCommand entry) {
        String entryId = IdempotentRequest.entryIdFor(recorder.id(), traineeId, formKey);
        Object command = entry.create(entryId, occurredAt);
        IdempotentRequest request = new IdempotentRequest(formKey, fingerprint(recorder, asked, entry.create("", ANY_TIME)),
                entryId, traineeId);
        Map<String, String> metaData = new HashMap<>(recorder.toMetaData());
        metaData.putAll(request.toMetaData());
        try {
            Object recorded = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
            return new EntryOutcome.Recorded(String.valueOf(recorded));
        } catch (CommandExecutionException failed) {
            var refusal = failed.<CommandRefusal>getDetails();
            if (refusal.isPresent()) {
                return new EntryOutcome.Refused(refusal.get());
            }
            log.error("A {} from the web app failed without a refusal", command.getClass().getSimpleName(), failed);
            return new EntryOutcome.NotKnown();
        } catch (RuntimeException failed) {
            log.error("A {} from the web app could not be sent", command.getClass().getSimpleName(), failed);
            return new EntryOutcome.NotKnown();
        }
    }

    /**
     * What makes two submissions the same request: who, which command with which values (its own text, with
     * no entry id and no time: a retry is sent later and is still the same entry), and what the person asked
     * that the command does not show as asked. Records print their components in order; the maps commands
     * carry are sorted by their senders.
     */
    static String fingerprint(Recorder recorder, String asked, Object commandWithoutIdAndTime) {
        String request = String.join("\n", "web", recorder.role(), commandWithoutIdAndTime.getClass().getName(),
                asked == null ? "" : asked, String.valueOf(commandWithoutIdAndTime));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
