package org.cartledger.command.committee;

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

/** The monthly clinical competency committee's reviews and autonomy decisions. */
@RestController
@RequestMapping("/api/trainees/{traineeId}")
public class CommitteeController {

    private final EntryDispatcher dispatcher;

    public CommitteeController(EntryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/committee-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded recordReview(@PathVariable TraineeId traineeId, @Valid @RequestBody RecordCommitteeReviewRequest request, Recorder recorder) {
        return dispatcher.record(traineeId, request, recorder);
    }}
