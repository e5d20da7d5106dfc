package org.cartledger.http.problem;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Something the ledger needs is not answering: the database, Axon Server (the {@code axonserver}
 * deployment), or the identity provider. Not the caller's fault and not a bug: answered 503 with a
 * rule that names what is down, so that a client tries again later and an operator knows where to
 * look. Recognised anywhere in an exception's causes (Axon and Spring wrap them in layers).
 *
 * <p>Classes are matched by name, because not every side has every library: the command side on
 * Axon Server has no JDBC, and only the deployments on Axon Server have its connector.
 */
public enum DependencyDown {

    DATABASE("database-unavailable", "The database is unavailable",
            "The ledger cannot reach its database just now, so nothing was read or recorded. Try again in a minute; "
                    + "if it persists, the ledger's operators will find the cause in its health (/actuator/health) and log.",
            Set.of("org.springframework.dao.DataAccessResourceFailureException",
                    "org.springframework.dao.TransientDataAccessResourceException",
                    "org.springframework.transaction.CannotCreateTransactionException",
                    "java.sql.SQLTransientConnectionException",
                    "java.sql.SQLNonTransientConnectionException")),
    MESSAGING("messaging-unavailable", "Axon Server is unavailable",
            "The ledger cannot reach Axon Server, which carries its commands and queries, or no service that handles this "
                    + "request is connected to it, so nothing was read or recorded. Try again in a minute.",
            Set.of("org.axonframework.axonserver.connector.AxonServerException",
                    "io.axoniq.axonserver.connector.AxonServerException",
                    // a query Axon Server could not carry: an AxonException of its own, with no cause to say why
                    "org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException",
                    "org.axonframework.commandhandling.NoHandlerForCommandException",
                    "org.axonframework.queryhandling.NoHandlerForQueryException",
                    "org.axonframework.commandhandling.distributed.CommandDispatchException",
                    "io.grpc.StatusRuntimeException")),
    SIGN_IN("sign-in-unavailable", "Sign-in is unavailable",
            "The credentials could not be checked just now. Nothing was done; try again shortly.",
            Set.of("org.springframework.security.authentication.AuthenticationServiceException"));

    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";
    /** How long a client should wait before trying again, in seconds. */
    private static final String RETRY_AFTER_SECONDS = "30";

    private final String rule;
    private final String title;
    private final String detail;
    private final Set<String> signs;

    DependencyDown(String rule, String title, String detail, Set<String> signs) {
        this.rule = rule;
        this.title = title;
        this.detail = detail;
        this.signs = signs;
    }

    public String rule() {
        return rule;
    }

    /** What is down, if anything in the exception or its causes says so. */
    public static Optional<DependencyDown> in(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            for (DependencyDown dependency : values()) {
                if (dependency.signs(cause)) {
                    return Optional.of(dependency);
                }
            }
        }
        return Optional.empty();
    }

    /** The 503 for the dependency found in the exception, if any. */
    public static Optional<ResponseEntity<ProblemDetail>> problemFor(Throwable failure) {
        return in(failure).map(DependencyDown::problem);
    }

    public ResponseEntity<ProblemDetail> problem() {
        ResponseEntity<ProblemDetail> problem = Problems.of(503, rule, title, detail);
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(problem.getHeaders());
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return new ResponseEntity<>(problem.getBody(), headers, problem.getStatusCode());
    }

    private boolean signs(Throwable cause) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (signs.contains(type.getName())) {
                return true;
            }
        }
        if (this == DATABASE && cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state == null) {
                // the pool closes a connection it has seen break; what uses it afterwards (a rollback) hears only this
                return HIKARI_CLOSED_CONNECTION.equals(sql.getMessage());
            }
            // 08: connection exception; 57P01-03: the server is shutting down or starting; 53300: too many connections
            return state.startsWith("08") || state.startsWith("57P0") || state.equals("53300");
        }
        return false;
    }
}
