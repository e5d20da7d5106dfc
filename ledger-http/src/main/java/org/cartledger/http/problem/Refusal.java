package org.cartledger.http.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.api.recording.CommandRefusal;
import org.cartledger.http.problem.Problems.FieldError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A request the ledger will not carry out, with the rule it breaks: the one refusal every module
 * throws and {@link RefusalAdvice} answers as {@code application/problem+json}. Each module names its
 * own rules (small factories where the rule lives); this says how every one of them is answered.
 * Thrown before anything is stored.
 */
public class Refusal extends RuntimeException {

    private final int status;
    private final String rule;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Long retryAfterSeconds;

    public Refusal(int status, String rule, String title, String detail) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.title = title;
    }

    /** A command refused by the aggregate, titled by what its status says of the record. */
    public static Refusal of(CommandRefusal refusal) {
        String title = switch (refusal.status()) {
            case 404 -> "No such trainee";
            case 409 -> "The entry conflicts with the record";
            default -> "The entry breaks a rule of the program";
        };
        return new Refusal(refusal.status(), refusal.rule(), title, refusal.detail());
    }

    /** The request names a field (or header) with a value the ledger does not take: 400, with the field in {@code errors}. */
    public static Refusal invalidField(String field, String message) {
        return invalidFields(List.of(new FieldError(field, message)));
    }

    public static Refusal invalidFields(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
        return new Refusal(400, "invalid-request", "The request is not valid", detail).with("errors", errors);
    }

    /** A further member of the answer beside the standard ones (the fields at fault, the position of an entry). */
    public Refusal with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** A refusal of something that will be possible later: {@code Retry-After} and {@code retryAfterSeconds} say when. */
    public Refusal retryAfter(long seconds) {
        retryAfterSeconds = seconds;
        return with("retryAfterSeconds", seconds);
    }

    /** What failed underneath, for the log; never part of the answer. */
    public Refusal causedBy(Throwable cause) {
        initCause(cause);
        return this;
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** The form in which a refused command travels back over the command bus (see ledger-messages' recording). */
    public CommandRefusal toCommandRefusal() {
        return new CommandRefusal(rule, status, getMessage());
    }

    public ResponseEntity<ProblemDetail> answer() {
        ResponseEntity<ProblemDetail> answer = Problems.of(status, rule, title, getMessage());
        properties.forEach(answer.getBody()::setProperty);
        if (retryAfterSeconds == null) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds)).body(answer.getBody());
    }
}
