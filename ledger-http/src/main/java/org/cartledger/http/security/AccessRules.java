package org.cartledger.http.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
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
 * Who may call which endpoint: the ledger's role matrix, assembled from the {@link AccessRuleSet} each
 * module of this process declares for its own endpoints, and applied alike by the launcher and by each
 * side on its own. The role matrix in docs/sign-in-and-roles.md is their union. A path no module claims is refused; a new
 * endpoint stays closed until its module gives it a rule. Two modules claiming one path and method
 * stop the process at start: which of them decides would otherwise depend on the order of beans.
 */
public final class AccessRules {

    private final List<CompiledRule> rules;

    public AccessRules(List<AccessRuleSet> modules) {
        refuseClaimsOfTwoModules(modules);
        this.rules = modules.stream()
                .flatMap(module -> module.rules().stream())
                .map(rule -> new CompiledRule(rule, PathPatternRequestMatcher.withDefaults().matcher(rule.path())))
                .toList();
    }

    private static void refuseClaimsOfTwoModules(List<AccessRuleSet> modules) {
        record Claim(String module, AccessRule rule) {
        }
        List<Claim> claims = modules.stream()
                .flatMap(module -> module.rules().stream().map(rule -> new Claim(module.module(), rule)))
                .toList();
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                if (claims.get(i).rule().claimsTheSameAs(claims.get(j).rule())) {
                    clashes.add(describe(claims.get(j).rule()) + " is claimed by " + claims.get(i).module()
                            + " and by " + claims.get(j).module());
                }
            }
        }
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("Two access rules for one endpoint: " + String.join("; ", clashes)
                    + ". Give each endpoint one rule, in the module that serves it.");
        }
    }

    private static String describe(AccessRule rule) {
        return (rule.method() == null ? "any method" : rule.method().name()) + " " + rule.path();
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
