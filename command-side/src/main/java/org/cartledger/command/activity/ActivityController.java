package org.cartledger.command.activity;

import jakarta.validation.Valid;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.Recorder;
import org.cartledger.command.recording.EntryDispatcher;
import org.cartledger.command.recording.EntryRecorded;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What faculty log between rounds: attendance (and cases presented), procedures, skills signed off. */
@RestController
@RequestMapping("/api/trainees/{traineeId}")
public class ActivityController {

    private final EntryDispatcher dispatcher;

    public ActivityController(EntryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/attendance")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded recordAttendance(@PathVariable TraineeId traineeId, @Valid @RequestBody RecordAttendanceRequest request, Recorder recorder) {
        return dispatcher.record(traineeId, request, recorder);
    }

    @PostMapping("/procedures")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded recordProcedure(@PathVariable TraineeId traineeId, @Valid @RequestBody RecordProcedureRequest request, Recorder recorder) {
        return dispatcher.record(traineeId, request, recorder);
    }

    @PostMapping("/skills")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded signOffSkill(@PathVariable TraineeId traineeId, @Valid @RequestBody SignOffSkillRequest request, Recorder recorder) {
        return dispatcher.record(traineeId, request, recorder);
    }}
