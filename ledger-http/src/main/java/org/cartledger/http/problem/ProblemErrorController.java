package org.cartledger.http.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The error page: what the servlet container shows for a failure outside Spring MVC, such as an
 * exception in a servlet filter (the security filters, the size limit). In place of Spring Boot's
 * {@code {"timestamp","status","error","path"}} body it answers like every other error: a problem
 * with a rule, a 503 for a dependency that is down, an incident id for a fault.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private final ErrorAttributes errors;

    public ProblemErrorController(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable failure = errors.getError(new ServletWebRequest(request));
        int status = status(request);
        if (failure != null && status >= 500) {
            return UnexpectedErrorAdvice.answer(failure, request);
        }
        if (status >= 500) {
            return UnexpectedErrorAdvice.internalError(new IllegalStateException("Status " + status + " without an exception"), request);
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Refused" : known.getReasonPhrase();
        return status == 404
                ? Problems.of(404, "no-such-path", "Not found", "There is nothing at " + originalPath(request) + ".")
                : Problems.of(status, "request-refused", reason, "The request was refused (" + status + " " + reason + ").");
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code && code >= 400 ? code : 500;
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null ? uri.toString() : request.getRequestURI();
    }
}
