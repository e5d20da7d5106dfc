package org.cartledger.bench;

import java.util.List;
import java.util.UUID;

/**
 * The people of a run, made by the administrator through the users API as a hospital would make them:
 * a faculty member who records entries (and is every loaded entry's recorder and mentor), a
 * coordinator who enrolls, an auditor who reads, and an API client (a faculty account used by a
 * program, row 2). Passwords are made up for each run and stored by the ledger with its default bcrypt
 * cost, so signing in costs what it costs in production.
 */
final class BenchPeople {

    static final String ADMIN = "admin";
    static final String FACULTY = "bench-faculty";
    static final String COORDINATOR = "bench-coord";
    static final String AUDITOR = "bench-auditor";
    static final String API_CLIENT = "bench-api-client";

    private final String secret = UUID.randomUUID().toString();

    String adminPassword() {
        return "admin-" + secret;
    }

    String passwordOf(String userId) {
        return ADMIN.equals(userId) ? adminPassword() : "pw-" + userId + "-" + secret;
    }

    void create(LedgerClient ledger) {
        LedgerClient.Caller admin = basic(ledger, ADMIN);
        create(admin, FACULTY, "FACULTY");
        create(admin, COORDINATOR, "COORDINATOR");
        create(admin, AUDITOR, "AUDITOR");
        create(admin, API_CLIENT, "FACULTY");
    }

    private void create(LedgerClient.Caller admin, String userId, String role) {
        String user = LedgerClient.JSON.createObjectNode()
                .put("id", userId)
                .put("password", passwordOf(userId))
                .set("roles", LedgerClient.JSON.valueToTree(List.of(role)))
                .toString();
        admin.post("/api/admin/users", user).expect("Creating user " + userId, 201);
    }

    /** Signed in with HTTP Basic, as curl -u does. */
    LedgerClient.Caller basic(LedgerClient ledger, String userId) {
        return ledger.with(new AuthScheme.Basic().authorization(userId, passwordOf(userId)));
    }

    /** The API client, signed in by the scheme under test. */
    LedgerClient.Caller apiClient(LedgerClient ledger, AuthScheme scheme) {
        return ledger.with(scheme.authorization(API_CLIENT, passwordOf(API_CLIENT)));
    }
}
