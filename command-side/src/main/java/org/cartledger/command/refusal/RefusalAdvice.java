package org.cartledger.command.refusal;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.cartledger.api.recording.CommandRefusal;
import org.cartledger.command.recording.ConcurrentUpdateException;
import org.cartledger.http.problem.DependencyDown;
import org.cartledger.http.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused command with the rule it broke, as {@code application/problem+json}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RefusalAdvice {

    private static final Logger log = LoggerFactory.getLogger(RefusalAdvice.class);

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> refused(CommandExecutionException e) {
        Optional<CommandRefusal> refusal = e.getDetails();
        if (refusal.isPresent()) {
            return problem(refusal.get());
        }
        return DependencyDown.problemFor(e).orElseGet(() -> {
            log.error("Command failed without a refusal", e);
            return Problems.of(500, "command-failed", "The entry could not be recorded",
                    "Nothing was recorded. The failure has been logged; try again, and report it if it persists.");
        });
    }

    /** Reached when a command is handled in this process without the interceptor (as in tests). */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> violated(RuleViolation e) {
        return problem(e.toRefusal());
    }

    /** Reached only once the dispatcher's own attempts are used up: a conflict it could not resolve by retrying. */
    @ExceptionHandler(ConcurrentUpdateException.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(ConcurrentUpdateException e) {
        log.warn("Gave up recording an entry after {} concurrent updates", e.attempts());
        return Problems.of(409, "concurrent-update", "Other entries were being recorded at the same moment",
                "This trainee's record changed while the entry was being recorded, " + e.attempts()
                        + " times in a row, and nothing was stored. Send it again in a moment"
                        + " (with the same Idempotency-Key, if you used one).");
    }

    private static ResponseEntity<ProblemDetail> problem(CommandRefusal refusal) {
        return Problems.of(refusal.status(), refusal.rule(), titleOf(refusal.status()), refusal.detail());
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 404 -> "No such trainee";
            case 409 -> "The entry conflicts with the record";
            default -> "The entry breaks a rule of the program";
        };
    }
}
