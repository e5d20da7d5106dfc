package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cartledger.http.security.AccessRule;
import org.cartledger.http.security.AccessRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the ledger and the roles that may call it: the role matrix in docs/sign-in-and-roles.md, written
 * out again as the test's own expectation (not read from the rules it checks), and the tests that
 * hold a running ledger to it: every endpoint against every role and against no credentials, and a
 * trainee against another trainee's record. Each sign-in mode runs them ({@link PasswordSignInAccessTest},
 * {@link TokenSignInAccessTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessMatrix {

    /** The trainee the TRAINEE caller is; every trainee-scoped path below is about them. */
    static final String OWN = "F-ACC-1";
    /** Someone else, whose record the TRAINEE caller may not read. */
    static final String OTHER = "F-ACC-2";
    static final List<String> ROLES = List.of("COORDINATOR", "FACULTY", "COMMITTEE", "AUDITOR", "TRAINEE", "ADMIN");
    /** A user kept for the admin endpoints to act on. */
    static final String SPARE_USER = "acc-spare";

    private static final String T = "/api/trainees/{traineeId}";
    private static final Set<String> STAFF_AND_OWN_TRAINEE = Set.of("COMMITTEE", "AUDITOR", "COORDINATOR", "FACULTY", "TRAINEE");
    private static final Set<String> EVERYONE = Set.copyOf(ROLES);
    private static final AtomicInteger NEW_USERS = new AtomicInteger();

    /**
     * @param pattern            the endpoint as Spring MVC maps it
     * @param path               a concrete path to call (about {@link #OWN} where it names a trainee)
     * @param body               the body a caller with this user id sends (null for none)
     * @param allowed            the roles that may call it
     * @param passwordSignInOnly served only where the ledger keeps its own users
     */
    record Endpoint(String method, String pattern, String path, Function<String, String> body, Set<String> allowed,
                    boolean passwordSignInOnly) {

        String key() {
            return method + " " + pattern;
        }

        boolean readsATraineesRecord() {
            return method.equals("GET") && pattern.startsWith(T);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            writeAt("/api/trainees", "/api/trainees", Requests.enrollFellow("F-ACC-NEW"), "COORDINATOR"),
            write(T + "/extensions", "{\"newEndDate\":\"" + Requests.END.plusWeeks(2)
                    + "\",\"reason\":\"Research block\",\"approvedBy\":\"dir-zhang\"}", "COORDINATOR"),
            write(T + "/attendance", Requests.attendance("MDT_TUMOR_BOARD", true), "FACULTY"),
            write(T + "/procedures", Requests.procedure("CAR_T_INFUSION_LOCAL", "ASSISTED"), "FACULTY"),
            write(T + "/skills", Requests.skill("CRS_MANAGEMENT"), "FACULTY"),
            write(T + "/research", "{\"projectTitle\":\"CAR-T persistence\",\"milestone\":\"PROJECT_STARTED\"}", "FACULTY"),
            write(T + "/rotation-evaluations", Requests.rotationEvaluation(3), "FACULTY"),
            write(T + "/feedback", "{\"facultyId\":\"fac-wang\",\"strengths\":\"Calm under pressure\"}", "FACULTY"),
            write(T + "/technical-assessments", "{\"assessorId\":\"fac-zhao\",\"area\":\"PROCEDURES\",\"level\":3}", "FACULTY"),
            write(T + "/committee-reviews", Requests.committeeReview(YearMonth.now().toString()), "COMMITTEE"),
            write(T + "/corrections", Requests.correction("no-such-entry", "Typo"), "COORDINATOR", "FACULTY", "COMMITTEE"),
            // a version that is not on record: the committee reaches the record, which refuses it (422)
            write(T + "/requirement-set", "{\"version\":99,\"reason\":\"Program revised\"}", "COMMITTEE"),
            // last of the writes: they close the record (what follows them is refused 409, not 401 or 403)
            write(T + "/completion", "{\"statement\":\"Completed\"}", "COORDINATOR"),
            write(T + "/withdrawal", "{\"statement\":\"Withdrawn\"}", "COORDINATOR"),

            read(T + "/dashboard", STAFF_AND_OWN_TRAINEE),
            read(T + "/dashboard/as-of", "/api/trainees/" + OWN + "/dashboard/as-of?occurredOn=" + LocalDate.now(), STAFF_AND_OWN_TRAINEE),
            read(T + "/transcript", STAFF_AND_OWN_TRAINEE),
            read(T + "/transcript.csv", STAFF_AND_OWN_TRAINEE),
            read(T + "/transcript.pdf", STAFF_AND_OWN_TRAINEE),
            read(T + "/transcript-bundle", STAFF_AND_OWN_TRAINEE),
            read(T + "/history", STAFF_AND_OWN_TRAINEE),
            read(T + "/committee-reviews/{entryId}/reproduction",
                    "/api/trainees/" + OWN + "/committee-reviews/no-such-review/reproduction", STAFF_AND_OWN_TRAINEE),
            // no review is recorded in the month before the program: these reach the endpoint and are answered 404
            read(T + "/committee-reports/{month}", "/api/trainees/" + OWN + "/committee-reports/2020-01", STAFF_AND_OWN_TRAINEE),
            read(T + "/committee-reports/{month}.pdf", "/api/trainees/" + OWN + "/committee-reports/2020-01.pdf",
                    STAFF_AND_OWN_TRAINEE),
            read("/api/cohort", Set.of("COMMITTEE", "AUDITOR", "COORDINATOR", "FACULTY")),
            read("/api/catalog", EVERYONE),
            read("/api/requirement-sets", EVERYONE),
            read("/api/requirement-sets/{track}", "/api/requirement-sets/FELLOW", EVERYONE),
            // an empty set a week in the future: recorded for the coordinator, so it stays clear of every trainee's
            writeAt("/api/requirement-sets/{track}", "/api/requirement-sets/STUDENT",
                    "{\"effectiveFrom\":\"" + java.time.LocalDate.now().plusWeeks(1) + "\",\"requirements\":{\"researchPresentations\":0,\"committeeReviews\":0},\"reason\":\"Access check\"}",
                    "COORDINATOR"),
            read("/api/ledger/public-key", EVERYONE),
            read("/api/ledger/signing-keys", EVERYONE),
            read("/api/ledger/tree-heads", EVERYONE),
            read("/api/ledger/tree-heads/latest", EVERYONE),
            read("/api/ledger/proofs/inclusion", "/api/ledger/proofs/inclusion?position=1", EVERYONE),
            read("/api/ledger/proofs/consistency", "/api/ledger/proofs/consistency?from=1&to=1", EVERYONE),
            read("/api/me", EVERYONE),
            writeAt("/api/ledger/tree-heads", "/api/ledger/tree-heads", "", "ADMIN"),
            // anyone signed in may hand in a cosignature; this one is refused for what it is (no known witness), not who sent it
            new Endpoint("POST", "/api/ledger/tree-heads/{treeSize}/cosignatures", "/api/ledger/tree-heads/1/cosignatures",
                    caller -> "{}", EVERYONE, false),
            // the administrator's call rotates the key of this test's ledger (a temporary key directory)
            writeAt("/api/ledger/signing-key/rotation", "/api/ledger/signing-key/rotation", "", "ADMIN"),
            read("/api/admin/projections", Set.of("ADMIN", "AUDITOR", "COMMITTEE")),
            writeAt("/api/admin/projections/{readModel}/rebuild", "/api/admin/projections/cohort/rebuild", "", "ADMIN"),
            read("/api/admin/projections/{readModel}/dead-letters", "/api/admin/projections/cohort/dead-letters",
                    Set.of("ADMIN", "AUDITOR", "COMMITTEE")),
            writeAt("/api/admin/projections/{readModel}/dead-letters/retry", "/api/admin/projections/cohort/dead-letters/retry",
                    "", "ADMIN"),
            writeAt("/api/admin/projections/{readModel}/dead-letters/{traineeId}/retry",
                    "/api/admin/projections/cohort/dead-letters/F-ACC-NOBODY/retry", "", "ADMIN"),
            users("GET", "/api/admin/users", "/api/admin/users", caller -> null, "ADMIN", "AUDITOR"),
            users("POST", "/api/admin/users", "/api/admin/users", caller -> "{\"id\":\"acc-new-" + NEW_USERS.incrementAndGet()
                    + "\",\"password\":\"a-first-password\",\"roles\":[\"FACULTY\"]}", "ADMIN"),
            users("POST", "/api/admin/users/{userId}/roles", "/api/admin/users/" + SPARE_USER + "/roles",
                    caller -> "{\"roles\":[\"AUDITOR\"]}", "ADMIN"),
            users("PUT", "/api/admin/users/{userId}/password", "/api/admin/users/" + SPARE_USER + "/password",
                    caller -> password(SPARE_USER), "ADMIN"),
            users("GET", "/api/admin/sign-in-events", "/api/admin/sign-in-events?userId=" + SPARE_USER, caller -> null, "ADMIN", "AUDITOR"),
            users("GET", "/api/admin/sign-in-lockouts", "/api/admin/sign-in-lockouts", caller -> null, "ADMIN", "AUDITOR"),
            // nothing is locked, so these reach the endpoint and are answered 404 no-such-lockout
            users("DELETE", "/api/admin/sign-in-lockouts/users/{userId}", "/api/admin/sign-in-lockouts/users/" + SPARE_USER,
                    caller -> null, "ADMIN"),
            users("DELETE", "/api/admin/sign-in-lockouts/addresses/{address}", "/api/admin/sign-in-lockouts/addresses/192.0.2.1",
                    caller -> null, "ADMIN"),
            // sets the password the caller already has, so that it can go on signing in
            users("PUT", "/api/me/password", "/api/me/password", AccessMatrix::password, ROLES.toArray(String[]::new)));

    /** The ledger under test, with trainees {@link #OWN} and {@link #OTHER} enrolled. */
    abstract RunningLedger ledger();

    /** Whether the ledger keeps its own users (or trusts tokens). */
    abstract boolean passwordSignIn();

    @Test
    void theMatrixNamesEveryEndpointTheLedgerServes() {
        assertCoversEveryEndpointOf(ledger().context(), passwordSignIn());
    }

    /** The rules each assembled module declares, all of them and no other: the role matrix in docs/sign-in-and-roles.md. */
    @Test
    void theLedgerAppliesTheReadmesRoleMatrix() throws IOException {
        List<AccessRule> applied = ledger().context().getBean(AccessRules.class).rules();

        assertThat(RoleMatrixInReadmeTest.rows(applied)).containsExactlyInAnyOrderElementsOf(RoleMatrixInReadmeTest.documentedRows());
    }

    Stream<Arguments> calls() {
        return callsOf(passwordSignIn());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("calls")
    void everyEndpointAnswersEveryRoleAndNoOneAsTheMatrixSays(Endpoint endpoint, String role) {
        assertAnswered(ledger(), endpoint, role);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readsOfAnotherTraineesRecord")
    void aTraineeCannotReadAnotherTraineesRecord(Endpoint endpoint) {
        assertOnlyStaffRead(ledger(), endpoint);
    }

    /** Every endpoint this sign-in mode serves, with every role, and with no credentials (role null). */
    static Stream<Arguments> callsOf(boolean passwordSignIn) {
        List<Arguments> calls = new ArrayList<>();
        for (Endpoint endpoint : servedBy(passwordSignIn)) {
            calls.add(Arguments.of(endpoint, null));
            ROLES.forEach(role -> calls.add(Arguments.of(endpoint, role)));
        }
        return calls.stream();
    }

    /** Every read of a trainee's record, about someone other than the trainee asking. */
    static Stream<Endpoint> readsOfAnotherTraineesRecord() {
        return ENDPOINTS.stream().filter(Endpoint::readsATraineesRecord)
                .map(endpoint -> new Endpoint(endpoint.method(), endpoint.pattern(), endpoint.path().replace(OWN, OTHER),
                        endpoint.body(), endpoint.allowed(), endpoint.passwordSignInOnly()));
    }

    static List<Endpoint> servedBy(boolean passwordSignIn) {
        return ENDPOINTS.stream().filter(endpoint -> passwordSignIn || !endpoint.passwordSignInOnly()).toList();
    }

    /** Fails unless the table names exactly the endpoints the running ledger serves (Spring's own /error aside). */
    static void assertCoversEveryEndpointOf(ApplicationContext context, boolean passwordSignIn) {
        Set<String> served = new TreeSet<>();
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (var handler : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = handler.getKey();
            if (handler.getValue().getBeanType().getPackageName().startsWith("org.cartledger.web")) {
                // the web app's pages: their own chain (PageSecurity) and their own checks (PageAccess), not the API's matrix
                continue;
            }
            if (handler.getValue().getBeanType().getPackageName().startsWith("org.springdoc")) {
                // the API's description and Swagger UI, open to anyone (ApiDocumentTest): no endpoint of the API
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(method -> served.add(method.name() + " " + pattern));
            }
        }
        Set<String> tabled = new TreeSet<>(servedBy(passwordSignIn).stream().map(Endpoint::key).toList());
        assertThat(tabled).as("endpoints in the access matrix (give a new endpoint a rule in AccessRules, "
                + "a line in the role matrix in docs/sign-in-and-roles.md and a line here)").isEqualTo(served);
    }

    /** The user each role's calls are made as (the TRAINEE is trainee {@link #OWN}). */
    static RunningLedger.Caller callerFor(RunningLedger ledger, String role) {
        return role.equals("TRAINEE") ? ledger.asTrainee(userIdOf(role), OWN) : ledger.as(userIdOf(role), role);
    }

    static String userIdOf(String role) {
        return "acc-" + role.toLowerCase(Locale.ROOT);
    }

    /**
     * Makes the call and checks the answer: 401 without credentials, 403 for a role that may not
     * call it, and for one that may, neither of those nor a server error.
     */
    static void assertAnswered(RunningLedger ledger, Endpoint endpoint, String role) {
        RunningLedger.Caller caller = role == null ? ledger.anonymous() : callerFor(ledger, role);
        RunningLedger.Response response = caller.send(endpoint.method(), endpoint.path(),
                endpoint.body().apply(role == null ? null : userIdOf(role)));

        if (role == null) {
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.json().get("rule").asString()).isEqualTo("authentication-required");
        } else if (endpoint.allowed().contains(role)) {
            assertThat(response.status()).as(response.toString()).isNotIn(401, 403).isLessThan(500);
            if (response.contentType().equals("application/problem+json")) {
                // reached the endpoint: not turned away at the door for a path or method without a rule
                assertThat(response.json().path("rule").asString("")).as(response.toString()).isNotIn("no-such-path", "method-not-allowed");
            }
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.json().get("rule").asString()).isIn("role-not-permitted", "no-entries-about-yourself");
            assertThat(response.json().get("detail").asString()).isNotBlank();
        }
    }

    /** A trainee asking for someone else's record is refused; staff are not. */
    static void assertOnlyStaffRead(RunningLedger ledger, Endpoint othersRecord) {
        RunningLedger.Response trainee = callerFor(ledger, "TRAINEE").send("GET", othersRecord.path(), null);
        assertThat(trainee.status()).as(trainee.toString()).isEqualTo(403);
        assertThat(trainee.contentType()).isEqualTo("application/problem+json");
        assertThat(trainee.json().get("rule").asString()).isEqualTo("own-records-only");

        RunningLedger.Response auditor = callerFor(ledger, "AUDITOR").send("GET", othersRecord.path(), null);
        assertThat(auditor.status()).as(auditor.toString()).isNotIn(401, 403).isLessThan(500);
    }

    static String password(String userId) {
        return "{\"password\":\"" + RunningLedger.passwordOf(userId) + "\"}";
    }

    private static Endpoint write(String pattern, String body, String... allowed) {
        return writeAt(pattern, pattern.replace("{traineeId}", OWN), body, allowed);
    }

    private static Endpoint writeAt(String pattern, String path, String body, String... allowed) {
        return new Endpoint("POST", pattern, path, caller -> body, Set.of(allowed), false);
    }

    private static Endpoint read(String pattern, Set<String> allowed) {
        return read(pattern, pattern.replace("{traineeId}", OWN), allowed);
    }

    private static Endpoint read(String pattern, String path, Set<String> allowed) {
        return new Endpoint("GET", pattern, path, caller -> null, allowed, false);
    }

    private static Endpoint users(String method, String pattern, String path, Function<String, String> body, String... allowed) {
        return new Endpoint(method, pattern, path, body, Set.of(allowed), true);
    }
}
