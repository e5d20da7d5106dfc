package org.cartledger.command.research;

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

/** Research projects: started, progress, presentations. */
@RestController
@RequestMapping("/api/trainees/{traineeId}")
public class ResearchController {

    private final EntryDispatcher dispatcher;

    public ResearchController(EntryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/research")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded recordResearchProgress(@PathVariable TraineeId traineeId, @Valid @RequestBody RecordResearchProgressRequest request, Recorder recorder) {
        return dispatcher.record(traineeId, request, recorder);
    }}
