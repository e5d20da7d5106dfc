package org.cartledger.command.evaluation;

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

/** Rotation evaluations, faculty feedback and technical competency assessments. */
@RestController
@RequestMapping("/api/trainees/{traineeId}")
public class EvaluationController {

    private final EntryDispatcher dispatcher;

    public EvaluationController(EntryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/rotation-evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded recordRotationEvaluation(@PathVariable TraineeId traineeId, @Valid @RequestBody RecordRotationEvaluationRequest request, Recorder recorder) {
        return dispatcher.record(traineeId, request, recorder);
    }

    @PostMapping("/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded recordFeedback(@PathVariable TraineeId traineeId, @Valid @RequestBody RecordFacultyFeedbackRequest request, Recorder recorder) {
        return dispatcher.record(traineeId, request, recorder);
    }

    @PostMapping("/technical-assessments")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryRecorded assessTechnicalCompetency(@PathVariable TraineeId traineeId, @Valid @RequestBody AssessTechnicalCompetencyRequest request, Recorder recorder) {
        return dispatcher.record(traineeId, request, recorder);
    }}
