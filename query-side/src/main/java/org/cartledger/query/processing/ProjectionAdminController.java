package org.cartledger.query.processing;

import java.util.List;
import java.util.NoSuchElementException;
import org.cartledger.runtime.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operations on the read models: how far each has read, and rebuilding one from the first event. */
@RestController
@RequestMapping("/api/admin/projections")
public class ProjectionAdminController {

    private final ProjectionRebuilder rebuilder;

    public ProjectionAdminController(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @GetMapping
    public List<ProjectionStatus> statuses() {
        return rebuilder.statuses();
    }

    /** Answers at once; poll the status until {@code caughtUp} to know the rebuild is done. */
    @PostMapping("/{readModel}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ProjectionStatus rebuild(@PathVariable String readModel) {
        return rebuilder.rebuild(readModel);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> unknownReadModel(NoSuchElementException e) {
        return Problems.of(404, "read-model-not-found", "No such read model", e.getMessage());
    }
}
