package org.cartledger.http.problem;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.cartledger.api.recording.CommandRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every {@link Refusal} with the rule it names, as {@code application/problem+json}; also a
 * refusal that crossed the command bus, which arrives as the details of a {@link CommandExecutionException}
 * (the one form that survives the trip from another node through Axon Server).
 */
@RestControllerAdvice
@Order(UnexpectedErrorAdvice.KNOWN_REFUSALS)
public class RefusalAdvice {

    private static final Logger log = LoggerFactory.getLogger(RefusalAdvice.class);

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        return refusal.answer();
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        Optional<CommandRefusal> refusal = e.getDetails();
        if (refusal.isPresent()) {
            return Refusal.of(refusal.get()).answer();
        }
        return DependencyDown.problemFor(e).orElseGet(() -> {
            log.error("Command failed without a refusal", e);
            return Problems.of(500, "command-failed", "The entry could not be recorded",
                    "Nothing was recorded. The failure has been logged; try again, and report it if it persists.");
        });
    }
}
