package org.cartledger.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import org.cartledger.api.recording.LedgerRole;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The decisions behind the role matrix, one rule at a time. */
class AccessRulesTest {

    private final AccessRules rules = new AccessRules(AccessRules.LEDGER);

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
