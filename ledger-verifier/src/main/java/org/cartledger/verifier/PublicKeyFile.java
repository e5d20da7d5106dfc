package org.cartledger.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Base64;
import org.cartledger.proof.Ed25519Keys;

/**
 * Reads the public key the auditor trusts: its X.509 SubjectPublicKeyInfo as DER, as the base64 the
 * ledger publishes (docs/ledger-proofs.md §4), or as PEM ("-----BEGIN PUBLIC KEY-----").
 */
public final class PublicKeyFile {

    private PublicKeyFile() {
    }

    /** @throws IllegalArgumentException saying what is wrong with the file */
    public static PublicKey read(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the public key file " + file + ": " + e.getMessage());
        }
        byte[] der = isDerSequence(content) ? content : fromText(file, new String(content, StandardCharsets.US_ASCII));
        try {
            return Ed25519Keys.publicKey(der);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " holds " + e.getMessage());
        }
    }

    private static boolean isDerSequence(byte[] content) {
        return content.length > 0 && content[0] == 0x30;
    }

    private static byte[] fromText(Path file, String text) {
        String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is neither DER nor base64 of a public key: " + e.getMessage());
        }
    }
}
