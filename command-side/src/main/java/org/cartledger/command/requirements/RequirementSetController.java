package org.cartledger.command.requirements;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.requirements.DefineRequirementSetCommand;
import org.cartledger.api.requirements.MoveToRequirementSetCommand;
import org.cartledger.api.requirements.RequirementSetDefinedEvent;
import org.cartledger.command.recording.EntryDispatcher;
import org.cartledger.command.recording.EntryRecorded;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinator defines and revises each track's requirement set; the committee moves a trainee to a newer one.
 * The sets on record are read at {@code GET /api/requirement-sets} (the query side).
 */
@RestController
public class RequirementSetController {

    /** What a definition answers: the entry, and the record it went to. */
    public record RequirementSetRecorded(Track track, String recordId, String entryId) {
    }

    private final CommandGateway commands;
    private final EntryDispatcher dispatcher;
    private final Clock clock;

    public RequirementSetController(CommandGateway commands, EntryDispatcher dispatcher, Clock clock) {
        this.commands = commands;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @PostMapping("/api/requirement-sets/{track}")
    @ResponseStatus(HttpStatus.CREATED)
    public RequirementSetRecorded define(@PathVariable Track track, @Valid @RequestBody DefineRequirementSetRequest request,
                                         Recorder recorder) {
        String entryId = UUID.randomUUID().toString();
        String recordId = RequirementSetDefinedEvent.recordIdOf(track);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new DefineRequirementSetCommand(recordId, entryId,
                request.occurredAt() != null ? request.occurredAt() : clock.instant(), track, request.effectiveFrom(), request.requirements(), request.reason()))
                .withMetaData(recorder.toMetaData()));
        return new RequirementSetRecorded(track, recordId, entryId);
    }

    @PostMapping("/api/trainees/{traineeId}/requirement-set")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded move(@PathVariable TraineeId traineeId, @Valid @RequestBody MoveToRequirementSetRequest request,
                              Recorder recorder) {
        return dispatcher.record(traineeId, request.occurredAt(), recorder,
                (entryId, at) -> new MoveToRequirementSetCommand(traineeId, entryId, at, request.version(), request.reason()));
    }
}
