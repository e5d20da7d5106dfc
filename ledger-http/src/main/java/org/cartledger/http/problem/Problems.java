package org.cartledger.http.problem;

import java.net.URI;
import java.util.List;
import org.cartledger.api.ids.TraineeId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds the {@code application/problem+json} answers of both APIs, so every refusal has the same
 * shape: {@code type} names the rule, {@code detail} says what was wrong and how to fix it, and
 * {@code errors} lists each offending field.
 */
public final class Problems {

    public static final String RULE_TYPE_PREFIX = "urn:cartledger:rule:";
    public static final String TRAINEE_NOT_FOUND = "trainee-not-found";

    private Problems() {
    }

    public static ResponseEntity<ProblemDetail> of(int status, String rule, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create(RULE_TYPE_PREFIX + rule));
        problem.setTitle(title);
        problem.setProperty("rule", rule);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A view or export asked for a trainee the ledger has no record of: the same answer everywhere. */
    public static ResponseEntity<ProblemDetail> traineeNotFound(TraineeId traineeId) {
        return of(404, TRAINEE_NOT_FOUND, "No such trainee", "No trainee '" + traineeId
                + "' is enrolled. Check the id (an enrollment recorded a moment ago may take a moment to show in views).");
    }

    public static ResponseEntity<ProblemDetail> invalidFields(List<FieldError> errors) {
        return Refusal.invalidFields(errors).answer();
    }

    /** One field that was missing or wrong, named as it appears in the request. */
    public record FieldError(String field, String message) {
    }
}
