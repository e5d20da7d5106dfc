package org.cartledger.http.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Reads the principal from a verified token: the subject is the user id, the roles come from a configurable claim. */
final class JwtPrincipals implements Converter<Jwt, AbstractAuthenticationToken> {

    static final int MAX_SUBJECT_LENGTH = 255;

    private final String rolesClaim;
    private final String traineeIdClaim;

    JwtPrincipals(JwtSignInProperties properties) {
        this.rolesClaim = properties.rolesClaim();
        this.traineeIdClaim = properties.traineeIdClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
            // every entry must name who recorded it, so a token that names no one signs no one in
            throw new InvalidBearerTokenException("The token has no usable subject (sub)");
        }
        Object traineeId = claim(jwt.getClaims(), traineeIdClaim);
        LedgerPrincipal principal = new LedgerPrincipal(subject, LedgerPrincipal.roles(names(claim(jwt.getClaims(), rolesClaim))),
                traineeId instanceof String id && !id.isBlank() ? id : null);
        return new LedgerJwtAuthentication(principal, jwt);
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
