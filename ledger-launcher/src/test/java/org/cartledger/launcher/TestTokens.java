package org.cartledger.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The hospital's identity provider, as the tests play it: an RSA key pair made for the test run,
 * whose public key the ledger is configured with, and tokens signed with its private key. The roles
 * travel in a claim of the test's choosing, to show that the claim's name is configuration.
 */
final class TestTokens {

    static final String ROLES_CLAIM = "ledger_roles";
    static final String TRAINEE_ID_CLAIM = "trainee_id";

    private final JwtEncoder encoder;
    private final Path publicKeyPem;

    TestTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            encoder = NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()).build();
            publicKeyPem = Files.createTempFile("identity-provider", ".pem");
            publicKeyPem.toFile().deleteOnExit();
            Files.writeString(publicKeyPem, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the ledger is started with to trust this provider's tokens. */
    Map<String, Object> ledgerProperties() {
        return Map.of("ledger.security.jwt.public-key-location", publicKeyPem.toUri().toString(),
                "ledger.security.jwt.roles-claim", ROLES_CLAIM);
    }

    /** A token valid for ten minutes, for this subject with these roles (and this trainee id, unless null). */
    String token(String subject, List<String> roles, String traineeId) {
        return token(claims -> {
            claims.subject(subject).claim(ROLES_CLAIM, roles);
            if (traineeId != null) {
                claims.claim(TRAINEE_ID_CLAIM, traineeId);
            }
        });
    }

    /** A token with claims of the test's making, on top of a fresh issue and expiry time. */
    String token(Consumer<JwtClaimsSet.Builder> claims) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder().issuedAt(now).expiresAt(now.plusSeconds(600));
        claims.accept(builder);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), builder.build()))
                .getTokenValue();
    }
}
