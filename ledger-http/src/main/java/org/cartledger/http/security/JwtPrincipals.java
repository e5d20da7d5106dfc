package org.cartledger.http.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads the principal from the identity provider's claims: the subject is the user id, the roles and the
 * trainee id come from configurable claims. One mapping for both ways the provider's people arrive: a
 * bearer token on the API, and the ID token (with user info) of a page sign-in (web app's oauth2Login).
 */
public final class JwtPrincipals implements Converter<Jwt, AbstractAuthenticationToken> {

    static final int MAX_SUBJECT_LENGTH = 255;

    private final String rolesClaim;
    private final String traineeIdClaim;

    public JwtPrincipals(JwtSignInProperties properties) {
        this.rolesClaim = properties.rolesClaim();
        this.traineeIdClaim = properties.traineeIdClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        LedgerPrincipal principal = principal(jwt.getClaims())
                .orElseThrow(() -> new InvalidBearerTokenException("The token has no usable subject (sub)"));
        return new LedgerJwtAuthentication(principal, jwt);
    }

    /**
     * The person these claims name, with the ledger roles and trainee id they carry; empty when there is
     * no usable subject ({@code sub}): every entry must name who recorded it, so claims that name no one
     * sign no one in.
     */
    public Optional<LedgerPrincipal> principal(Map<String, Object> claims) {
        Object subject = claims.get("sub");
        if (!(subject instanceof String id) || id.isBlank() || id.length() > MAX_SUBJECT_LENGTH) {
            return Optional.empty();
        }
        Object traineeId = claim(claims, traineeIdClaim);
        return Optional.of(new LedgerPrincipal(id, LedgerPrincipal.roles(names(claim(claims, rolesClaim))),
                traineeId instanceof String trainee && !trainee.isBlank() ? trainee : null));
    }

    /** A claim, following a dotted path into nested objects (realm_access.roles). */
    private static Object claim(Map<String, Object> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static Collection<String> names(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(name -> !name.isEmpty()).toList();
        }
        return List.of();
    }
}
