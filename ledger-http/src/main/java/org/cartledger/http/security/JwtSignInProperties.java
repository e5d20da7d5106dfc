package org.cartledger.http.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Sign-in with JWTs from the hospital's identity provider (production). Setting any one of
 * {@code issuer-uri}, {@code jwk-set-uri} or {@code public-key-location} switches the ledger from its
 * own users to tokens.
 *
 * @param issuerUri         the provider's issuer; its keys are found through its discovery document, and a
 *                          token's {@code iss} must be this
 * @param jwkSetUri         where the provider publishes its signing keys, if not (only) through discovery
 * @param publicKeyLocation a PEM file with the provider's RSA public key (a resource location such as
 *                          {@code file:/etc/ledger/idp.pem}), for providers without a JWK set, and for tests
 * @param audiences         if given, a token's {@code aud} must name one of these
 * @param rolesClaim        the claim with the ledger roles (a list, or a string separated by spaces or
 *                          commas); a dotted path reaches into objects, as in {@code realm_access.roles}
 * @param traineeIdClaim    the claim with the trainee id of a person who is a trainee
 */
@ConfigurationProperties("ledger.security.jwt")
public record JwtSignInProperties(String issuerUri, String jwkSetUri, String publicKeyLocation, List<String> audiences,
                                  @DefaultValue("roles") String rolesClaim,
                                  @DefaultValue("trainee_id") String traineeIdClaim) {

    public JwtSignInProperties {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
    }

    /** True when the ledger takes the provider's tokens (one of issuer-uri, jwk-set-uri, public-key-location is set). */
    public boolean configured() {
        return StringUtils.hasText(issuerUri) || StringUtils.hasText(jwkSetUri) || StringUtils.hasText(publicKeyLocation);
    }
}
