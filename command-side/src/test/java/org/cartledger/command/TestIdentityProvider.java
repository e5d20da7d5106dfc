package org.cartledger.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The hospital's identity provider as a test plays it: a key pair whose public half the command side
 * reads from a file ({@code ledger.security.jwt.public-key-location}), and tokens signed with the other.
 */
public final class TestIdentityProvider {

    private final KeyPair keys;
    private final Path publicKey;

    private TestIdentityProvider(KeyPair keys, Path publicKey) {
        this.keys = keys;
        this.publicKey = publicKey;
    }

    public static TestIdentityProvider in(Path directory) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path publicKey = directory.resolve("identity-provider.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return new TestIdentityProvider(keys, publicKey);
    }

    /** The argument that makes the command side sign people in with this provider's tokens. */
    public String publicKeyLocationArgument() {
        return "--ledger.security.jwt.public-key-location=" + publicKey.toUri();
    }

    /** A token for this person holding these roles, valid for an hour. */
    public String token(String subject, List<String> roles) {
        return NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), JwtClaimsSet.builder()
                        .subject(subject).claim("roles", roles)
                        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600)).build()))
                .getTokenValue();
    }
}
