package org.cartledger.proof.keyrotation;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

/** Ed25519 key pairs from a fixed 32-byte seed (RFC 8032 §5.1.5), so that test vectors are reproducible. */
public final class SeededKeys {

    private SeededKeys() {
    }

    /** The key pair whose private key is 32 bytes of {@code seedByte}. */
    public static KeyPair of(int seedByte) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            // the JDK's Ed25519 generator takes the 32-byte private key from the random source
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    Arrays.fill(bytes, (byte) seedByte);
                }
            });
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
