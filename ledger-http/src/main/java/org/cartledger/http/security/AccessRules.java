package org.cartledger.http.security;

import static org.cartledger.api.recording.LedgerRole.ADMIN;
import static org.cartledger.api.recording.LedgerRole.AUDITOR;
import static org.cartledger.api.recording.LedgerRole.COMMITTEE;
import static org.cartledger.api.recording.LedgerRole.COORDINATOR;
import static org.cartledger.api.recording.LedgerRole.FACULTY;
import static org.cartledger.api.recording.LedgerRole.TRAINEE;
import static org.cartledger.http.security.AccessRule.anyMethod;
import static org.cartledger.http.security.AccessRule.delete;
import static org.cartledger.http.security.AccessRule.get;
import static org.cartledger.http.security.AccessRule.post;
import static org.cartledger.http.security.AccessRule.put;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cartledger.api.recording.LedgerRole;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call which endpoint: the ledger's role matrix, in one place, applied alike by the launcher
 * and by each side on its own (a rule for a path a process does not serve simply never matches
 * there). The role matrix in docs/sign-in-and-roles.md is this list. A path with no rule is refused; a new endpoint stays
 * closed until it is given one here.
 */
public final class AccessRules {

    private static final String T = "/api/trainees/{" + AccessRule.TRAINEE_ID + "}";

    /** Everyone who works with trainees' records: they read all of them. */
    private static final LedgerRole[] STAFF = {COMMITTEE, AUDITOR, COORDINATOR, FACULTY};
    /** Anyone signed in, whatever their role. */
    private static final LedgerRole[] SIGNED_IN = {COORDINATOR, FACULTY, COMMITTEE, AUDITOR, TRAINEE, ADMIN};

    public static final List<AccessRule> LEDGER = List.of(
            // the coordinator enrolls and runs each program
            post("/api/trainees").to(COORDINATOR),
            post(T + "/extensions").to(COORDINATOR).neverAboutOneself(),
            post(T + "/completion").to(COORDINATOR).neverAboutOneself(),
            post(T + "/withdrawal").to(COORDINATOR).neverAboutOneself(),
            // faculty log what a trainee does and how they are judged
            post(T + "/attendance").to(FACULTY).neverAboutOneself(),
            post(T + "/procedures").to(FACULTY).neverAboutOneself(),
            post(T + "/skills").to(FACULTY).neverAboutOneself(),
            post(T + "/research").to(FACULTY).neverAboutOneself(),
            post(T + "/rotation-evaluations").to(FACULTY).neverAboutOneself(),
            post(T + "/feedback").to(FACULTY).neverAboutOneself(),
            post(T + "/technical-assessments").to(FACULTY).neverAboutOneself(),
            // the monthly competency committee decides
            post(T + "/committee-reviews").to(COMMITTEE).neverAboutOneself(),
            // whoever may record entries may correct one, with a reason; the committee first, since only it may
            // correct a committee decision (who may correct which entry is the record's rule: EntryLog)
            post(T + "/corrections").to(COMMITTEE, COORDINATOR, FACULTY).neverAboutOneself(),
            // a trainee's record: staff read every one, a trainee their own
            get(T + "/dashboard").to(STAFF).andTheTraineeThemselves(),
            get(T + "/dashboard/as-of").to(STAFF).andTheTraineeThemselves(),
            get(T + "/transcript").to(STAFF).andTheTraineeThemselves(),
            get(T + "/transcript.csv").to(STAFF).andTheTraineeThemselves(),
            get(T + "/transcript.pdf").to(STAFF).andTheTraineeThemselves(),
            get(T + "/transcript-bundle").to(STAFF).andTheTraineeThemselves(),
            get(T + "/history").to(STAFF).andTheTraineeThemselves(),
            get(T + "/committee-reviews/{entryId}/reproduction").to(STAFF).andTheTraineeThemselves(),
            // every trainee at once is for staff only
            get("/api/cohort").to(STAFF),
            // the program's catalog, and what lets anyone check the ledger: hashes and signatures, no training content
            get("/api/catalog").to(SIGNED_IN),
            get("/api/ledger/public-key").to(SIGNED_IN),
            get("/api/ledger/tree-heads").to(SIGNED_IN),
            get("/api/ledger/tree-heads/latest").to(SIGNED_IN),
            get("/api/ledger/proofs/inclusion").to(SIGNED_IN),
            get("/api/ledger/proofs/consistency").to(SIGNED_IN),
            // operations
            post("/api/ledger/tree-heads").to(ADMIN),
            get("/api/admin/projections").to(ADMIN, AUDITOR, COMMITTEE),
            post("/api/admin/projections/{readModel}/rebuild").to(ADMIN),
            get("/api/admin/projections/{readModel}/dead-letters").to(ADMIN, AUDITOR, COMMITTEE),
            post("/api/admin/projections/{readModel}/dead-letters/retry").to(ADMIN),
            post("/api/admin/projections/{readModel}/dead-letters/{traineeId}/retry").to(ADMIN),
            // users of the embedded default (password sign-in); auditors may see who holds which role
            get("/api/admin/users").to(ADMIN, AUDITOR),
            post("/api/admin/users").to(ADMIN),
            post("/api/admin/users/{userId}/roles").to(ADMIN),
            put("/api/admin/users/{userId}/password").to(ADMIN),
            // sign-in throttling (password sign-in): auditors may see who failed to sign in, only the administrator lifts a lockout
            get("/api/admin/sign-in-events").to(ADMIN, AUDITOR),
            get("/api/admin/sign-in-lockouts").to(ADMIN, AUDITOR),
            delete("/api/admin/sign-in-lockouts/users/{userId}").to(ADMIN),
            delete("/api/admin/sign-in-lockouts/addresses/{address}").to(ADMIN),
            // one's own sign-in
            get("/api/me").to(SIGNED_IN),
            put("/api/me/password").to(SIGNED_IN),
            // probes see only up or down; everything else the actuator offers is for operations
            get("/actuator/health/**").toAnyone(),
            anyMethod("/actuator/**").to(ADMIN));

    private final List<CompiledRule> rules;

    public AccessRules(List<AccessRule> rules) {
        this.rules = rules.stream()
                .map(rule -> new CompiledRule(rule, PathPatternRequestMatcher.withDefaults().matcher(rule.path())))
                .toList();
    }

    public List<AccessRule> rules() {
        return rules.stream().map(CompiledRule::rule).toList();
    }

    /** The rule for this request, if any, with the path's variables. */
    public Optional<Match> match(HttpServletRequest request) {
        for (CompiledRule compiled : rules) {
            if (compiled.rule().appliesTo(request.getMethod())) {
                RequestMatcher.MatchResult result = compiled.matcher().matcher(request);
                if (result.isMatch()) {
                    return Optional.of(new Match(compiled.rule(), result.getVariables()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether this principal may make this request, and under which role. {@code principal} is empty
     * for a request without (valid) credentials.
     */
    public AccessDecision decide(HttpServletRequest request, Optional<LedgerPrincipal> principal) {
        Optional<Match> match = match(request);
        if (match.isEmpty()) {
            Set<String> methods = methodsServedAt(request);
            return methods.isEmpty() ? AccessDecision.noSuchPath(request) : AccessDecision.methodNotAllowed(request, methods);
        }
        AccessRule rule = match.get().rule();
        if (rule.open()) {
            return AccessDecision.open();
        }
        if (principal.isEmpty()) {
            return AccessDecision.signInRequired();
        }
        LedgerPrincipal who = principal.get();
        String traineeId = match.get().variables().get(AccessRule.TRAINEE_ID);
        boolean aboutThemselves = traineeId != null && traineeId.equals(who.traineeId());
        if (rule.notAboutOneself() && aboutThemselves) {
            return AccessDecision.denied("no-entries-about-yourself", "Not about yourself",
                    "You are trainee '" + traineeId + "': entries in your own record are made by someone else.");
        }
        boolean onlyOwnRecordStoodInTheWay = false;
        for (LedgerRole role : rule.roles()) {
            if (!who.roles().contains(role)) {
                continue;
            }
            if (role == LedgerRole.TRAINEE && rule.ownRecordOnly() && !aboutThemselves) {
                onlyOwnRecordStoodInTheWay = true;
                continue;
            }
            return AccessDecision.granted(new ActingPrincipal(who.id(), role));
        }
        if (onlyOwnRecordStoodInTheWay) {
            return AccessDecision.denied("own-records-only", "Only your own record",
                    "A trainee sees their own record only" + (who.traineeId() == null
                            ? ", and no trainee id is on file for you. Ask an administrator to set it."
                            : ": yours is '" + who.traineeId() + "'."));
        }
        return AccessDecision.denied("role-not-permitted", "Not for your role",
                request.getMethod() + " " + rule.path() + " is for " + rule.who() + "; you hold "
                        + (who.roles().isEmpty() ? "no role of this ledger" : who.roles().stream().map(Enum::name)
                        .collect(Collectors.joining(", "))) + ".");
    }

    private Set<String> methodsServedAt(HttpServletRequest request) {
        Set<String> methods = new LinkedHashSet<>();
        for (CompiledRule compiled : rules) {
            if (compiled.rule().method() != null && compiled.matcher().matcher(request).isMatch()) {
                methods.add(compiled.rule().method().name());
            }
        }
        return methods;
    }

    /** A request's rule and the variables its path filled in. */
    public record Match(AccessRule rule, Map<String, String> variables) {
        public Match {
            Objects.requireNonNull(rule);
            variables = Map.copyOf(variables);
        }
    }

    private record CompiledRule(AccessRule rule, PathPatternRequestMatcher matcher) {
    }
}
