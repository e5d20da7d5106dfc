package org.cartledger.proof.bundle;

import java.util.Base64;

/**
 * Standard base64 (RFC 4648 §4, with padding) with exactly one spelling per byte string: text whose
 * unused trailing bits are not zero decodes, with the JDK's decoder, to the same bytes as its
 * canonical spelling, so such text is refused rather than let an altered character pass unnoticed.
 */
final class Base64Text {

    private Base64Text() {
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** @throws IllegalArgumentException if the text is not canonical standard base64 */
    static byte[] decode(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64 (" + e.getMessage() + ")");
        }
        if (!encode(bytes).equals(text)) {
            throw new IllegalArgumentException("not written as standard padded base64 (its canonical spelling differs)");
        }
        return bytes;
    }
}
