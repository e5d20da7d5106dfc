package org.cartledger.command.correction;

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

/** Corrections: a new entry that takes an earlier one out of the record, with the reason. */
@RestController
@RequestMapping("/api/trainees/{traineeId}")
public class CorrectionController {

    private final EntryDispatcher dispatcher;

    public CorrectionController(EntryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded correct(@PathVariable TraineeId traineeId, @Valid @RequestBody CorrectEntryRequest request, Recorder recorder) {
        return dispatcher.record(traineeId, request, recorder);
    }}
