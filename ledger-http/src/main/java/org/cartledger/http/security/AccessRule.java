package org.cartledger.http.security;

import java.util.ArrayList;
import java.util.List;
import org.cartledger.api.recording.LedgerRole;
import org.springframework.http.HttpMethod;

/**
 * Who may call one endpoint.
 *
 * @param method            the HTTP method, or null for every method
 * @param path              a Spring path pattern; a {@code {traineeId}} in it names whose record the request is about
 * @param roles             the roles that may call it, in order of preference: someone who holds several acts
 *                          (and is recorded) under the first of these they hold
 * @param open              needs no credentials at all
 * @param ownRecordOnly     TRAINEE, if listed, may call it only about their own trainee id
 * @param notAboutOneself   refused to anyone whose own trainee id is the path's: no one records entries about themselves
 */
public record AccessRule(HttpMethod method, String path, List<LedgerRole> roles, boolean open,
                         boolean ownRecordOnly, boolean notAboutOneself) {

    public static final String TRAINEE_ID = "traineeId";
    /** Everyone who works with trainees' records: they read all of them. */
    public static final List<LedgerRole> STAFF = List.of(LedgerRole.COMMITTEE, LedgerRole.AUDITOR,
            LedgerRole.COORDINATOR, LedgerRole.FACULTY);
    /** Anyone signed in, whatever their role. */
    public static final List<LedgerRole> SIGNED_IN = List.of(LedgerRole.COORDINATOR, LedgerRole.FACULTY,
            LedgerRole.COMMITTEE, LedgerRole.AUDITOR, LedgerRole.TRAINEE, LedgerRole.ADMIN);

    public AccessRule {
        roles = List.copyOf(roles);
    }

    public static AccessRule get(String path) {
        return new AccessRule(HttpMethod.GET, path, List.of(), false, false, false);
    }

    public static AccessRule post(String path) {
        return new AccessRule(HttpMethod.POST, path, List.of(), false, false, false);
    }

    public static AccessRule put(String path) {
        return new AccessRule(HttpMethod.PUT, path, List.of(), false, false, false);
    }

    public static AccessRule delete(String path) {
        return new AccessRule(HttpMethod.DELETE, path, List.of(), false, false, false);
    }

    public static AccessRule anyMethod(String path) {
        return new AccessRule(null, path, List.of(), false, false, false);
    }

    public AccessRule to(LedgerRole... allowed) {
        return new AccessRule(method, path, List.of(allowed), open, ownRecordOnly, notAboutOneself);
    }

    public AccessRule to(List<LedgerRole> allowed) {
        return new AccessRule(method, path, allowed, open, ownRecordOnly, notAboutOneself);
    }

    public AccessRule toAnyone() {
        return new AccessRule(method, path, List.of(), true, ownRecordOnly, notAboutOneself);
    }

    /** Adds TRAINEE, for the trainee whose record it is and nobody else. */
    public AccessRule andTheTraineeThemselves() {
        List<LedgerRole> withTrainee = new ArrayList<>(roles);
        withTrainee.add(LedgerRole.TRAINEE);
        return new AccessRule(method, path, withTrainee, open, true, notAboutOneself);
    }

    public AccessRule neverAboutOneself() {
        return new AccessRule(method, path, roles, open, ownRecordOnly, true);
    }

    /** Whether one request could be this rule's and the other's alike: the same path, and a method both take. */
    boolean claimsTheSameAs(AccessRule other) {
        return path.equals(other.path) && (method == null || other.method == null || method.equals(other.method));
    }

    boolean appliesTo(String requestMethod) {
        if (method == null) {
            return true;
        }
        // HEAD is a GET without the body, and Spring MVC answers it from the GET handler
        return method.matches(requestMethod) || (method == HttpMethod.GET && HttpMethod.HEAD.matches(requestMethod));
    }

    /** Who may call it, in words. */
    public String who() {
        if (open) {
            return "anyone, without credentials";
        }
        List<String> names = roles.stream()
                .map(role -> role == LedgerRole.TRAINEE && ownRecordOnly ? "TRAINEE (own record)" : role.name())
                .toList();
        return String.join(", ", names);
    }
}
