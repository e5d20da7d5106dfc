package org.cartledger.web.signoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cartledger.api.activity.SignOffSkillCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.CommandRefusal;
import org.cartledger.api.recording.IdempotentRequest;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.api.recording.Recorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a skill sign-off from the page to the command bus as the HTTP API would: the signed-in faculty
 * member as its recorder, and the form's key as its idempotent request, so that the entry id comes from
 * the key and a second submission of the same form (a double tap, a retry after a dropped connection)
 * is answered with the first one's entry and records nothing more.
 */
@Component
class SkillSignOff {

    private static final Logger log = LoggerFactory.getLogger(SkillSignOff.class);

    private final CommandGateway commands;
    private final Clock clock;

    SkillSignOff(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    SignOffOutcome signOff(String facultyId, TraineeId traineeId, String skill, String notes, String formKey) {
        Recorder recorder = new Recorder(facultyId, LedgerRole.FACULTY.name());
        String entryId = IdempotentRequest.entryIdFor(facultyId, traineeId, formKey);
        IdempotentRequest request = new IdempotentRequest(formKey, fingerprint(recorder, traineeId, skill, notes), entryId, traineeId);
        Map<String, String> metaData = new HashMap<>(recorder.toMetaData());
        metaData.putAll(request.toMetaData());
        // signedOffBy left out: the record takes the signed-in faculty member, as for the API
        SignOffSkillCommand command = new SignOffSkillCommand(traineeId, entryId, clock.instant(), skill, null, notes, null);
        try {
            Object recorded = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
            return new SignOffOutcome.Recorded(String.valueOf(recorded));
        } catch (CommandExecutionException failed) {
            var refusal = failed.<CommandRefusal>getDetails();
            if (refusal.isPresent()) {
                return new SignOffOutcome.Refused(refusal.get());
            }
            log.error("A sign-off from the web app failed without a refusal", failed);
            return new SignOffOutcome.NotKnown();
        } catch (RuntimeException failed) {
            log.error("A sign-off from the web app could not be sent", failed);
            return new SignOffOutcome.NotKnown();
        }
    }

    /**
     * What makes two submissions the same request: who, about whom, which skill, with which notes. The
     * time is left out: a retry is sent later, and is still the same sign-off.
     */
    static String fingerprint(Recorder recorder, TraineeId traineeId, String skill, String notes) {
        String request = String.join("\n", "web", recorder.role(), SignOffSkillCommand.class.getName(), traineeId.value(), skill,
                notes == null ? "" : notes);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
