package org.cartledger.http.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cartledger.http.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authorization.AuthorizationDecision;

/**
 * The verdict on one request: granted (and under which role the principal acts), or refused with
 * the problem to answer. Spring Security carries it to the access-denied handler, which answers
 * with {@link #problem()}.
 */
public final class AccessDecision extends AuthorizationDecision {

    private final ActingPrincipal acting;
    private final ResponseEntity<ProblemDetail> problem;

    private AccessDecision(boolean granted, ActingPrincipal acting, ResponseEntity<ProblemDetail> problem) {
        super(granted);
        this.acting = acting;
        this.problem = problem;
    }

    static AccessDecision granted(ActingPrincipal acting) {
        return new AccessDecision(true, acting, null);
    }

    /** Granted to anyone, signed in or not, acting as no one in particular. */
    static AccessDecision open() {
        return new AccessDecision(true, null, null);
    }

    static AccessDecision denied(String rule, String title, String detail) {
        return new AccessDecision(false, null, Problems.of(403, rule, title, detail));
    }

    /** Spring Security answers this one with the sign-in problem (401), since no one is signed in. */
    static AccessDecision signInRequired() {
        return new AccessDecision(false, null, null);
    }

    static AccessDecision noSuchPath(HttpServletRequest request) {
        return new AccessDecision(false, null, Problems.of(404, "no-such-path", "Not found",
                "There is nothing at " + request.getRequestURI() + "."));
    }

    static AccessDecision methodNotAllowed(HttpServletRequest request, Set<String> methods) {
        ResponseEntity<ProblemDetail> problem = Problems.of(405, "method-not-allowed", "Method not allowed",
                request.getMethod() + " is not supported here; use " + methods + ".");
        return new AccessDecision(false, null, ResponseEntity.status(405)
                .headers(problem.getHeaders())
                .header(HttpHeaders.ALLOW, String.join(", ", methods))
                .body(problem.getBody()));
    }

    /** Who acts, and as what, when granted to a signed-in principal. */
    public ActingPrincipal acting() {
        return acting;
    }

    /** What to answer when refused. */
    public ResponseEntity<ProblemDetail> problem() {
        return problem;
    }

    @Override
    public String toString() {
        return isGranted() ? "granted" + (acting == null ? "" : " to " + acting)
                : "refused" + (problem == null ? "" : " (" + problem.getBody().getProperties().get("rule") + ")");
    }
}
