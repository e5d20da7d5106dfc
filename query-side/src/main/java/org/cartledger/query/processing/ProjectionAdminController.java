package org.cartledger.query.processing;

import java.util.List;
import org.cartledger.api.ids.TraineeId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations on the read models: how far each has read, rebuilding one from the first event, and the
 * events each holds back after failing on them (dead letters), to be retried after a fix.
 */
@RestController
@RequestMapping("/api/admin/projections")
public class ProjectionAdminController {

    private final ProjectionRebuilder rebuilder;
    private final DeadLetters deadLetters;

    public ProjectionAdminController(ProjectionRebuilder rebuilder, DeadLetters deadLetters) {
        this.rebuilder = rebuilder;
        this.deadLetters = deadLetters;
    }

    @GetMapping
    public List<ProjectionStatus> statuses() {
        return rebuilder.statuses();
    }

    /** Answers at once; poll the status until {@code caughtUp} (the rebuilt view is then served) to know it is done. */
    @PostMapping("/{readModel}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ProjectionStatus rebuild(@PathVariable String readModel) {
        return rebuilder.rebuild(readModel);
    }

    @GetMapping("/{readModel}/dead-letters")
    public List<DeadLetterSequence> deadLetters(@PathVariable String readModel) {
        return deadLetters.sequences(readModel);
    }

    /** Every stuck trainee's held-back events, in order; answers when done, with who is current again. */
    @PostMapping("/{readModel}/dead-letters/retry")
    public RetryOutcome retryAll(@PathVariable String readModel) {
        return deadLetters.retry(readModel, null);
    }

    @PostMapping("/{readModel}/dead-letters/{traineeId}/retry")
    public RetryOutcome retry(@PathVariable String readModel, @PathVariable TraineeId traineeId) {
        return deadLetters.retry(readModel, traineeId);
    }
}
