package org.cartledger.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cartledger.http.security.AccessRule.anyMethod;
import static org.cartledger.http.security.AccessRule.get;
import static org.cartledger.http.security.AccessRule.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.cartledger.api.recording.LedgerRole;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The decisions behind the role matrix, one rule at a time, on rules shaped like the modules' own (each module's
 * real rules are checked against the role matrix in docs/sign-in-and-roles.md and the running ledger in ledger-launcher).
 */
class AccessRulesTest {

    private static final String T = "/api/trainees/{" + AccessRule.TRAINEE_ID + "}";
    private static final AccessRuleSet RECORDING = AccessRuleSet.of("recording",
            post(T + "/completion").to(LedgerRole.COORDINATOR).neverAboutOneself(),
            post(T + "/skills").to(LedgerRole.FACULTY).neverAboutOneself(),
            post(T + "/committee-reviews").to(LedgerRole.COMMITTEE).neverAboutOneself(),
            post(T + "/corrections").to(LedgerRole.COMMITTEE, LedgerRole.COORDINATOR, LedgerRole.FACULTY).neverAboutOneself());
    private static final AccessRuleSet READING = AccessRuleSet.of("reading",
            get(T + "/dashboard").to(AccessRule.STAFF).andTheTraineeThemselves(),
            get(T + "/transcript").to(AccessRule.STAFF).andTheTraineeThemselves(),
            get(T + "/history").to(AccessRule.STAFF).andTheTraineeThemselves(),
            get("/api/cohort").to(AccessRule.STAFF),
            get("/api/catalog").to(AccessRule.SIGNED_IN));

    private final AccessRules rules = new AccessRules(List.of(RECORDING, READING, LedgerSecurityAutoConfiguration.ACCESS));

    @Test
    void twoModulesClaimingOnePathAndMethodStopTheLedgerNamingBoth() {
        AccessRuleSet alsoSkills = AccessRuleSet.of("another-module", post(T + "/skills").to(LedgerRole.ADMIN));

        assertThatThrownBy(() -> new AccessRules(List.of(RECORDING, READING, alsoSkills)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POST " + T + "/skills is claimed by recording and by another-module");
    }

    @Test
    void aRuleForEveryMethodClashesWithOneForAMethodOfItsPath() {
        AccessRuleSet everyMethod = AccessRuleSet.of("another-module", anyMethod("/api/cohort").to(LedgerRole.ADMIN));

        assertThatThrownBy(() -> new AccessRules(List.of(READING, everyMethod)))
                .hasMessageContaining("any method /api/cohort is claimed by reading and by another-module");
    }

    @Test
    void oneModuleClaimingAPathTwiceIsRefusedToo() {
        AccessRuleSet twice = AccessRuleSet.of("careless", get("/api/x").to(LedgerRole.ADMIN), get("/api/x").to(LedgerRole.AUDITOR));

        assertThatThrownBy(() -> new AccessRules(List.of(twice))).hasMessageContaining("GET /api/x is claimed by careless and by careless");
    }

    @Test
    void theSamePathForAnotherMethodIsNoClash() {
        AccessRuleSet postCohort = AccessRuleSet.of("another-module", post("/api/cohort").to(LedgerRole.ADMIN));

        AccessRules both = new AccessRules(List.of(READING, postCohort));

        assertThat(both.rules()).hasSize(READING.rules().size() + 1);
    }

    @Test
    void aPathNoModuleClaimsIsRefusedToEveryone() {
        LedgerPrincipal admin = principal("admin", null, LedgerRole.values());

        assertThat(decide("GET", "/api/trainees/F-1/skills-overview", admin).isGranted()).isFalse();
        assertThat(new AccessRules(List.of()).decide(request("GET", "/api/catalog"), Optional.of(admin)).isGranted()).isFalse();
    }

    @Test
    void someoneWithSeveralRolesActsInTheFirstOneTheEndpointTakes() {
        LedgerPrincipal wu = principal("fac-wu", null, LedgerRole.COMMITTEE, LedgerRole.FACULTY);

        assertThat(decide("POST", "/api/trainees/F-1/skills", wu).acting()).isEqualTo(new ActingPrincipal("fac-wu", LedgerRole.FACULTY));
        assertThat(decide("POST", "/api/trainees/F-1/committee-reviews", wu).acting().role()).isEqualTo(LedgerRole.COMMITTEE);
    }

    /** Only the committee corrects a committee decision, so someone on the committee corrects as COMMITTEE. */
    @Test
    void someoneOnTheCommitteeCorrectsAsTheCommitteeAndACoordinatorAsCoordinator() {
        LedgerPrincipal wu = principal("fac-wu", null, LedgerRole.COMMITTEE, LedgerRole.FACULTY);
        LedgerPrincipal li = principal("coord-li", null, LedgerRole.FACULTY, LedgerRole.COORDINATOR);

        assertThat(decide("POST", "/api/trainees/F-1/corrections", wu).acting()).isEqualTo(new ActingPrincipal("fac-wu", LedgerRole.COMMITTEE));
        assertThat(decide("POST", "/api/trainees/F-1/corrections", li).acting().role()).isEqualTo(LedgerRole.COORDINATOR);
    }

    @Test
    void aTraineeReadsTheirOwnRecordOnly() {
        LedgerPrincipal mei = principal("mei.chen", "F-1", LedgerRole.TRAINEE);

        assertThat(decide("GET", "/api/trainees/F-1/history", mei).acting().role()).isEqualTo(LedgerRole.TRAINEE);
        assertThat(rule(decide("GET", "/api/trainees/F-2/history", mei))).isEqualTo("own-records-only");
        assertThat(rule(decide("GET", "/api/cohort", mei))).isEqualTo("role-not-permitted");
    }

    @Test
    void aTraineeWithoutATraineeIdOnFileReadsNoRecord() {
        assertThat(rule(decide("GET", "/api/trainees/F-1/dashboard", principal("someone", null, LedgerRole.TRAINEE))))
                .isEqualTo("own-records-only");
    }

    @Test
    void noOneMakesEntriesAboutThemselvesWhateverTheirRoles() {
        LedgerPrincipal resident = principal("res-gao", "F-1", LedgerRole.FACULTY, LedgerRole.COORDINATOR, LedgerRole.TRAINEE);

        assertThat(rule(decide("POST", "/api/trainees/F-1/skills", resident))).isEqualTo("no-entries-about-yourself");
        assertThat(rule(decide("POST", "/api/trainees/F-1/completion", resident))).isEqualTo("no-entries-about-yourself");
        assertThat(decide("POST", "/api/trainees/F-2/skills", resident).isGranted()).isTrue();
        assertThat(decide("GET", "/api/trainees/F-1/transcript", resident).isGranted()).isTrue();
    }

    @Test
    void aPathWithoutARuleIsNotFoundAndAMethodWithoutOneNotAllowed() {
        LedgerPrincipal admin = principal("admin", null, LedgerRole.ADMIN);

        assertThat(decide("GET", "/api/users", admin).problem().getStatusCode().value()).isEqualTo(404);
        AccessDecision delete = decide("DELETE", "/api/trainees/F-1/skills", admin);
        assertThat(delete.problem().getStatusCode().value()).isEqualTo(405);
        assertThat(delete.problem().getHeaders().getFirst("Allow")).isEqualTo("POST");
    }

    @Test
    void headIsAnsweredLikeGet() {
        assertThat(decide("HEAD", "/api/catalog", principal("aud", null, LedgerRole.AUDITOR)).isGranted()).isTrue();
    }

    @Test
    void onlyTheHealthProbeIsOpenWithoutSigningIn() {
        assertThat(rules.decide(request("GET", "/actuator/health/readiness"), Optional.empty()).isGranted()).isTrue();
        assertThat(rules.decide(request("GET", "/api/catalog"), Optional.empty()).isGranted()).isFalse();
        assertThat(rules.decide(request("GET", "/actuator/env"), Optional.of(principal("aud", null, LedgerRole.AUDITOR))).isGranted())
                .isFalse();
    }

    private AccessDecision decide(String method, String path, LedgerPrincipal principal) {
        return rules.decide(request(method, path), Optional.of(principal));
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        return request;
    }

    private static String rule(AccessDecision decision) {
        assertThat(decision.isGranted()).isFalse();
        return (String) decision.problem().getBody().getProperties().get("rule");
    }

    private static LedgerPrincipal principal(String id, String traineeId, LedgerRole... roles) {
        return new LedgerPrincipal(id, EnumSet.of(roles[0], roles), traineeId);
    }
}
