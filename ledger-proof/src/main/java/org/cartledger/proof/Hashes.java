package org.cartledger.proof;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 and the lowercase hex that the contract (docs/ledger-proofs.md) writes hashes in. */
public final class Hashes {

    /** Length of a SHA-256 hash in bytes. */
    public static final int HASH_LENGTH = 32;

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
    /** One digest per thread, reset by each digest(): looking one up costs more than hashing a tree node. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Hashes::newDigest);

    private Hashes() {
    }

    /** SHA-256 of the parts, concatenated; no parts gives the hash of zero bytes. */
    public static byte[] sha256(byte[]... parts) {
        MessageDigest digest = DIGEST.get();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    /** Lowercase hex, two digits a byte. */
    public static String hex(byte[] bytes) {
        char[] text = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            text[2 * i] = HEX_DIGITS[(bytes[i] >> 4) & 0xf];
            text[2 * i + 1] = HEX_DIGITS[bytes[i] & 0xf];
        }
        return new String(text);
    }

    /**
     * The bytes of lowercase hex. Uppercase digits are refused, not folded: the contract writes hex
     * in lowercase only, so every byte string has exactly one spelling and an altered letter cannot
     * go unnoticed.
     *
     * @throws IllegalArgumentException if the text is not lowercase hex of even length
     */
    public static byte[] unhex(String hex) {
        if (hex == null) {
            throw new IllegalArgumentException("hex text is missing");
        }
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("hex text has an odd number of digits (" + hex.length() + ")");
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ((digit(hex, 2 * i) << 4) | digit(hex, 2 * i + 1));
        }
        return bytes;
    }

    private static int digit(String hex, int index) {
        char c = hex.charAt(index);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        throw new IllegalArgumentException("'" + c + "' at offset " + index + " is not a lowercase hex digit");
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
