package org.cartledger.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How a benchmark client signs in to the API. Today the ledger offers API clients HTTP Basic (each
 * request's password checked with bcrypt) or bearer tokens from the hospital's identity provider,
 * which a bench on a bare machine does not have; a cheaper way for API clients (a verified-credential
 * cache, or something else) is measured by adding a scheme here and naming it with {@code --api-auth}.
 */
interface AuthScheme {

    String name();

    /** The Authorization header for this user, whose password the bench set. */
    String authorization(String userId, String password);

    static AuthScheme named(String name) {
        return switch (name) {
            case "basic" -> new Basic();
            default -> throw new IllegalArgumentException("--api-auth: unknown scheme \"" + name + "\"; known: basic");
        };
    }

    /** HTTP Basic, as curl -u sends it. */
    record Basic() implements AuthScheme {

        @Override
        public String name() {
            return "HTTP Basic";
        }

        @Override
        public String authorization(String userId, String password) {
            return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }
}
