package org.cartledger.http.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last word on any exception no other advice answered: never Spring's default error body. A
 * dependency that is down is a 503 naming it ({@link DependencyDown}); anything else is a 500
 * {@code internal-error} whose incident id is logged with the stack trace, so a user can quote it
 * and an operator can find it, while the body says nothing of the server's insides. Ordered last:
 * the advices that know an exception answer it first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnexpectedErrorAdvice {

    /**
     * The order of every advice that answers the exceptions it knows: ahead of this one. Advices with no
     * order of their own would tie with it, and then which answers would hang on registration order.
     */
    public static final int KNOWN_REFUSALS = Ordered.LOWEST_PRECEDENCE - 100;

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorAdvice.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        return answer(e, request);
    }

    /** The answer to a request that failed with this exception, for whoever catches it (an advice, the error page). */
    public static ResponseEntity<ProblemDetail> answer(Throwable e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known && known.getStatusCode().value() < 500) {
            // a refusal Spring describes itself (a wrong method, a missing parameter): said in the shared shape
            return Problems.of(known.getStatusCode().value(), "request-refused", known.getBody().getTitle(),
                    known.getBody().getDetail());
        }
        return DependencyDown.in(e).map(down -> {
            log.warn("{} {} answered 503 {}: {}", request.getMethod(), path(request), down.rule(), rootMessage(e));
            return down.problem();
        }).orElseGet(() -> internalError(e, request));
    }

    /** A 500 with an incident id that is in the log next to the stack trace, and in the answer without it. */
    public static ResponseEntity<ProblemDetail> internalError(Throwable e, HttpServletRequest request) {
        String incident = UUID.randomUUID().toString();
        log.error("Incident {}: {} {} failed", incident, request.getMethod(), path(request), e);
        ResponseEntity<ProblemDetail> problem = Problems.of(500, "internal-error", "Something went wrong in the ledger",
                "The request could not be completed because of a fault in the ledger, not in the request. If it was to record "
                        + "an entry, look at the record before sending it again (or send it again with the same "
                        + "Idempotency-Key). Quote incident " + incident + " when you report it.");
        problem.getBody().setProperty("incidentId", incident);
        return problem;
    }

    /** The path the client asked for, also when answered from the error page. */
    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original != null ? original.toString() : request.getRequestURI();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
