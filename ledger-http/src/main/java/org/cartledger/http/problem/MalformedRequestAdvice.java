package org.cartledger.http.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.cartledger.http.limits.RequestSizeLimitFilter;
import org.cartledger.http.problem.Problems.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.cartledger.http.input.RefusedTextException;
import org.cartledger.http.input.RequestParameterRule.RefusedParameterException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Requests that never reach a command or query: unreadable JSON, wrong types, failed Bean
 * Validation. Answered 400 with the field named; nothing is dispatched, so nothing is stored.
 * Ordered ahead of Spring Boot's generic problem-details handler, which would not name the field.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class MalformedRequestAdvice {

    /** How Jackson's parser words a property given twice in one object (StreamReadFeature.STRICT_DUPLICATE_DETECTION). */
    private static final String DUPLICATE_PROPERTY = "Duplicate Object property";

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return Problems.invalidFields(errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameter(HandlerMethodValidationException e) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(parameterName(result.getMethodParameter().getParameterName()),
                                error.getDefaultMessage())))
                .toList();
        return Problems.invalidFields(errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.RequestTooLargeException) {
                return Problems.of(413, "request-too-large", "Request too large", cause.getMessage());
            }
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return Problems.invalidFields(List.of(new FieldError(fieldPath(mismatch), mismatchMessage(mismatch))));
        }
        // a whole number beyond what its field holds (99999999999999999999 for a position): named like any other wrong value
        if (e.getCause() instanceof InputCoercionException outOfRange && outOfRange.processor() != null) {
            return Problems.invalidFields(List.of(new FieldError(fieldPath(outOfRange.processor().streamReadContext()),
                    "is a number too large for this field (a whole number here lies between " + lowest(outOfRange)
                            + " and " + highest(outOfRange) + ")")));
        }
        if (e.getCause() instanceof StreamReadException duplicate && duplicate.getOriginalMessage() != null
                && duplicate.getOriginalMessage().startsWith(DUPLICATE_PROPERTY) && duplicate.processor() != null) {
            return Problems.invalidFields(List.of(new FieldError(fieldPath(duplicate.processor().streamReadContext()),
                    "is given more than once; send each field once")));
        }
        // the parser's own words (location, token) help a client developer, but never a class name
        String where = e.getCause() instanceof JacksonException j && j.getLocation() != null
                ? " near line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() : "";
        return Problems.of(400, "malformed-json", "The request body is not valid JSON",
                "The body could not be read as a JSON object" + where
                        + ". Send a JSON object with Content-Type: application/json.");
    }

    /**
     * Spring Security's firewall checks parameter names (and header values) only when they are first read, which
     * is here, after its filter: {@code ?%00=1} is turned away by the firewall inside Spring MVC, so it is answered
     * here as the firewall's own handler answers it, not as a fault. The firewall's message is not echoed: it
     * quotes the control character.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejectedByTheFirewall(RequestRejectedException e) {
        return Problems.of(400, "request-rejected", "The request was rejected",
                "A parameter name or header holds a character the ledger never accepts (a control character). "
                        + "Send parameter names and headers as plain text.");
    }

    @ExceptionHandler(RefusedParameterException.class)
    ResponseEntity<ProblemDetail> refusedParameter(RefusedParameterException e) {
        return Problems.invalidFields(List.of(new FieldError(e.parameter(), e.reason())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameterType(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "the expected type" : describe(e.getRequiredType());
        return Problems.invalidFields(List.of(new FieldError(e.getName(),
                "'" + e.getValue() + "' is not " + expected)));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return Problems.invalidFields(List.of(new FieldError(e.getHeaderName(), "header is required")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return Problems.invalidFields(List.of(new FieldError(e.getParameterName(), "parameter is required")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.of(415, "unsupported-media-type", "Unsupported media type",
                "Send the body as application/json (was " + e.getContentType() + ").");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return Problems.of(405, "method-not-allowed", "Method not allowed",
                e.getMethod() + " is not supported here; use " + e.getSupportedHttpMethods() + ".");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e) {
        return Problems.of(404, "no-such-path", "Not found", "There is nothing at /" + e.getResourcePath() + ".");
    }

    private static String lowest(InputCoercionException e) {
        return e.getTargetType() == Integer.class || e.getTargetType() == int.class
                ? String.valueOf(Integer.MIN_VALUE) : String.valueOf(Long.MIN_VALUE);
    }

    private static String highest(InputCoercionException e) {
        return e.getTargetType() == Integer.class || e.getTargetType() == int.class
                ? String.valueOf(Integer.MAX_VALUE) : String.valueOf(Long.MAX_VALUE);
    }

    /** The field a reading failure is about, as the client wrote it: {@code eligibility.institution}, {@code adjustedGoals[2]}. */
    public static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String mismatchMessage(MismatchedInputException mismatch) {
        if (mismatch instanceof RefusedTextException refused) {
            return refused.reason();
        }
        if (mismatch instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : "; the fields are "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return "is not a field of this request (check the spelling)" + known;
        }
        return expectation(mismatch.getTargetType());
    }

    /** Where the parser stood, as the field path a client wrote: {@code eligibility.institution}, {@code adjustedGoals[2]}. */
    private static String fieldPath(TokenStreamContext context) {
        List<TokenStreamContext> chain = new java.util.ArrayList<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            chain.add(0, at);
        }
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext at : chain) {
            if (at.inObject() && at.currentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(at.currentName());
            } else if (at.inArray()) {
                path.append('[').append(Math.max(at.getCurrentIndex(), 0)).append(']');
            }
        }
        return path.toString();
    }

    /** What a field of this type accepts, in the words a client developer needs. */
    static String expectation(Class<?> type) {
        if (type == null) {
            return "has a value of the wrong type";
        }
        if (type.isEnum()) {
            return "must be " + describe(type);
        }
        if (type == Instant.class) {
            return "must be an ISO-8601 instant with a zone, such as 2026-03-14T08:30:00Z";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-03-14";
        }
        if (type == YearMonth.class) {
            return "must be a month such as 2026-03";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be a JSON object";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "must be a JSON array";
        }
        return "has a value of the wrong type";
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "a valid " + type.getSimpleName();
    }

    private static String parameterName(String name) {
        return name == null ? "parameter" : name;
    }
}
