package org.cartledger.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.cartledger.api.recording.LedgerRole;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Who a verified token says the caller is. */
class JwtPrincipalsTest {

    @Test
    void theSubjectIsTheUserAndTheRolesComeFromTheConfiguredClaim() {
        JwtPrincipals principals = new JwtPrincipals(properties("ledger_roles"));

        LedgerPrincipal principal = principalOf(principals.convert(jwt(Map.of("sub", "fac-wang",
                "ledger_roles", List.of("FACULTY", "committee", "ROLE_AUDITOR", "offline_access"), "trainee_id", "F-1"))));

        assertThat(principal).isEqualTo(new LedgerPrincipal("fac-wang",
                EnumSet.of(LedgerRole.FACULTY, LedgerRole.COMMITTEE, LedgerRole.AUDITOR), "F-1"));
    }

    @Test
    void aDottedClaimReachesIntoObjectsAndAStringOfRolesIsSplit() {
        JwtPrincipals principals = new JwtPrincipals(properties("realm_access.roles"));

        assertThat(principalOf(principals.convert(jwt(Map.of("sub", "c", "realm_access", Map.of("roles", List.of("coordinator"))))))
                .roles()).containsExactly(LedgerRole.COORDINATOR);
        assertThat(principalOf(new JwtPrincipals(properties("scope")).convert(jwt(Map.of("sub", "c", "scope", "openid ADMIN,auditor"))))
                .roles()).containsExactly(LedgerRole.AUDITOR, LedgerRole.ADMIN);
    }

    @Test
    void noRolesClaimMeansNoRoles() {
        assertThat(principalOf(new JwtPrincipals(properties("roles")).convert(jwt(Map.of("sub", "visitor")))).roles()).isEmpty();
    }

    @Test
    void aTokenThatNamesNoOneSignsNoOneIn() {
        assertThatThrownBy(() -> new JwtPrincipals(properties("roles")).convert(jwt(Map.of("roles", List.of("ADMIN")))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    /** The pages' sign-in hands over an ID token's claims: the same claims give the same person as a bearer token. */
    @Test
    void anIdTokensClaimsGiveTheSamePersonAsABearerTokenWithThoseClaims() {
        JwtPrincipals principals = new JwtPrincipals(properties("ledger_roles"));
        Map<String, Object> claims = Map.of("sub", "trainee-zhou", "ledger_roles", List.of("trainee"), "trainee_id", "F-1");

        assertThat(principals.principal(claims)).contains(principalOf(principals.convert(jwt(claims))));
        assertThat(principals.principal(Map.of("ledger_roles", List.of("ADMIN")))).as("no subject, no one").isEmpty();
    }

    private static LedgerPrincipal principalOf(Authentication authentication) {
        assertThat(authentication.isAuthenticated()).isTrue();
        return LedgerPrincipal.of(authentication).orElseThrow();
    }

    private static JwtSignInProperties properties(String rolesClaim) {
        return new JwtSignInProperties(null, null, "file:/dev/null", List.of(), rolesClaim, "trainee_id");
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(jwt::claim);
        return jwt.build();
    }
}
