package org.cartledger.command.enrollment;

import jakarta.validation.Valid;
import org.cartledger.api.enrollment.CompleteProgramCommand;
import org.cartledger.api.enrollment.WithdrawTraineeCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.Recorder;
import org.cartledger.command.recording.EntryDispatcher;
import org.cartledger.command.recording.EntryRecorded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The coordinator's part: enrollment, extension, completion and withdrawal. */
@RestController
@RequestMapping("/api/trainees")
public class EnrollmentController {

    private final EntryDispatcher dispatcher;
    private final String programTimeZone;

    public EnrollmentController(EntryDispatcher dispatcher,
                                @Value("${ledger.program-time-zone}") String programTimeZone) {
        this.dispatcher = dispatcher;
        this.programTimeZone = programTimeZone;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded enroll(@Valid @RequestBody EnrollTraineeRequest request,
                                Recorder recorder) {
        return dispatcher.record(request.trainee(), request.occurredAt(), recorder,
                (entryId, at) -> request.toCommand(entryId, at, programTimeZone));
    }

    @PostMapping("/{traineeId}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded extend(@PathVariable TraineeId traineeId, @Valid @RequestBody ExtendProgramRequest request,
                                Recorder recorder) {
        return dispatcher.record(traineeId, request, recorder);
    }

    @PostMapping("/{traineeId}/completion")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded complete(@PathVariable TraineeId traineeId, @Valid @RequestBody CompleteProgramRequest request,
                                  Recorder recorder) {
        return dispatcher.record(traineeId, request.occurredAt(), recorder,
                (entryId, at) -> new CompleteProgramCommand(traineeId, entryId, at, request.statement(),
                        request.waiver() == null ? null : request.waiver().toWaiver()));
    }

    @PostMapping("/{traineeId}/withdrawal")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded withdraw(@PathVariable TraineeId traineeId, @Valid @RequestBody CloseProgramRequest request,
                                  Recorder recorder) {
        return dispatcher.record(traineeId, request.occurredAt(), recorder,
                (entryId, at) -> new WithdrawTraineeCommand(traineeId, entryId, at, request.statement()));
    }
}
