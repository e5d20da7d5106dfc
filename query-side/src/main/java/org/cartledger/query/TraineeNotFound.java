package org.cartledger.query;

import org.cartledger.runtime.problem.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The answer when a view is asked for a trainee the read models do not know. */
public final class TraineeNotFound {

    private TraineeNotFound() {
    }

    public static ResponseEntity<ProblemDetail> problem(String traineeId) {
        return Problems.of(404, "trainee-not-found", "No such trainee",
                "No trainee '" + traineeId + "' is enrolled (an entry recorded a moment ago may take a moment to show).");
    }
}
