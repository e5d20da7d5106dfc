package org.cartledger.http.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cartledger.http.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request that is not signed in (401) or not allowed (403, or 404/405 for a path or method
 * the ledger does not serve) with the same {@code application/problem+json} as every other refusal.
 * Written here, before any controller is reached, so nothing is dispatched and nothing is stored.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "training-ledger";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SignInMode mode;
    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    SecurityProblems(SignInMode mode) {
        this.mode = mode;
        bearer.setRealmName(REALM);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof SignInLockedException locked) {
            write(request, response, locked(locked.refusal()));
            return;
        }
        if (e instanceof AuthenticationServiceException) {
            // the users table or the identity provider could not be asked: not the caller's fault
            write(request, response, Problems.of(503, "sign-in-unavailable", "Sign-in is unavailable",
                    "The credentials could not be checked just now. Nothing was done; try again shortly."));
            return;
        }
        int status = HttpServletResponse.SC_UNAUTHORIZED;
        switch (mode) {
            case PASSWORD -> response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            case JWT -> {
                // says what was wrong with the token (RFC 6750), and 400 for a malformed request
                bearer.commence(request, response, e);
                status = response.getStatus() == HttpServletResponse.SC_BAD_REQUEST ? HttpServletResponse.SC_BAD_REQUEST : status;
            }
            case NONE -> {
            }
        }
        boolean sentNothing = e instanceof InsufficientAuthenticationException || e instanceof AuthenticationCredentialsNotFoundException;
        ResponseEntity<ProblemDetail> problem = sentNothing
                ? Problems.of(status, "authentication-required", "Sign in first", mode.howToSignIn())
                : Problems.of(status, "credentials-rejected", "Credentials not accepted", mode.whyRejected());
        write(request, response, problem);
    }

    /**
     * 429 with Retry-After: the same words for a user id that exists and one that does not, so that
     * a lockout tells nobody which ids are real.
     */
    private static ResponseEntity<ProblemDetail> locked(SignInThrottle.Refusal refusal) {
        long seconds = Math.max(1, (refusal.retryAfter().toMillis() + 999) / 1000);
        String what = refusal.lock() == SignInEvent.Lock.USER
                ? "too many failed sign-ins for the user id '" + refusal.locked() + "'"
                : "too many failed sign-ins from your address (" + refusal.locked() + ")";
        ResponseEntity<ProblemDetail> problem = Problems.of(429, "sign-in-locked", "Sign-in locked for a while",
                "Sign-in is locked for " + seconds + " more seconds after " + what + "; the password was not checked. "
                        + "Try again after that, or ask an administrator to lift the lockout.");
        problem.getBody().setProperty("retryAfterSeconds", seconds);
        problem.getBody().setProperty("lockedUntil", refusal.lockedUntil().toString());
        return ResponseEntity.status(429).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).body(problem.getBody());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        ResponseEntity<ProblemDetail> problem = e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof AccessDecision decision && decision.problem() != null
                ? decision.problem()
                : Problems.of(403, "access-denied", "Not allowed", "You may not make this request.");
        write(request, response, problem);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ResponseEntity<ProblemDetail> problem) throws IOException {
        ProblemDetail detail = problem.getBody();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(detail.getType()));
        body.put("title", detail.getTitle());
        body.put("status", detail.getStatus());
        body.put("detail", detail.getDetail());
        body.put("instance", request.getRequestURI());
        if (detail.getProperties() != null) {
            body.putAll(detail.getProperties());
        }
        response.setStatus(problem.getStatusCode().value());
        problem.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> response.addHeader(name, value));
            }
        });
        // as bytes: JSON is UTF-8 by definition, and the media type stays exactly application/problem+json
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    /** How a process lets people sign in. */
    enum SignInMode {
        /** the ledger's own users, with HTTP Basic */
        PASSWORD("Send your ledger user name and password with HTTP Basic (Authorization: Basic …).",
                "The user name or password is wrong."),
        /** JWTs from the hospital's identity provider */
        JWT("Send a token from the hospital's sign-in service (Authorization: Bearer …).",
                "The token is not valid here: it is malformed, expired, not signed by the hospital's sign-in service, or names no one."),
        /** neither is configured (a side on its own without an identity provider): nothing is served */
        NONE("This service has no sign-in configured, so it serves no one: its operators must set "
                + "ledger.security.jwt.issuer-uri to the hospital's identity provider.",
                "This service has no sign-in configured.");

        private final String howToSignIn;
        private final String whyRejected;

        SignInMode(String howToSignIn, String whyRejected) {
            this.howToSignIn = howToSignIn;
            this.whyRejected = whyRejected;
        }

        String howToSignIn() {
            return howToSignIn;
        }

        String whyRejected() {
            return whyRejected;
        }
    }
}
