package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.http.security.VerifiedCredentialCache;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * HTTP Basic remembers a password bcrypt accepted ("Remembered passwords" in docs/sign-in-and-roles.md), and
 * nothing it remembers outlives a change to the account: a new password, a lockout, a role taken away in the
 * table, an account removed, each refuses or narrows the very next request. Wrong passwords are never
 * remembered and keep counting toward the lockout. Each test checks first that the password was remembered,
 * so that what follows is a test of the cache and not of bcrypt. The test ledger believes X-Forwarded-For
 * from 127.0.0.1, so that each test comes from addresses of its own.
 */
class RememberedPasswordsTest {

    private static TestDatabase database;
    private static RunningLedger ledger;
    private static EventStoreRows rows;
    private static VerifiedCredentialCache remembered;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        Map<String, Object> properties = new HashMap<>(database.springProperties());
        properties.put("ledger.security.sign-in.trusted-proxies", "127.0.0.1,0:0:0:0:0:0:0:1");
        ledger = RunningLedger.start(properties);
        rows = new EventStoreRows(database);
        remembered = ledger.context().getBean(VerifiedCredentialCache.class);
    }

    @AfterAll
    static void stop() {
        ledger.close();
        database.close();
    }

    @Test
    void afterAPasswordChangeTheOldPasswordIsRefusedAtOnceThoughItWasRemembered() {
        ledger.as("fac-changes", "FACULTY");
        RunningLedger.Caller old = from("198.51.100.20", "fac-changes", RunningLedger.passwordOf("fac-changes"));
        signInTwice(old, "fac-changes");

        RunningLedger.Response changed = old.put("/api/me/password", "{\"password\":\"her own new password\"}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(old.get("/api/me").status()).isEqualTo(401);
        RunningLedger.Caller mine = from("198.51.100.20", "fac-changes", "her own new password");
        signInTwice(mine, "fac-changes");
        // an administrator's reset refuses the remembered one just as soon
        assertThat(ledger.asAdmin().put("/api/admin/users/fac-changes/password", "{\"password\":\"a reset by the admin\"}").status())
                .isEqualTo(204);
        assertThat(mine.get("/api/me").status()).isEqualTo(401);
        assertThat(from("198.51.100.20", "fac-changes", "a reset by the admin").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aPasswordChangedByAnotherLedgerOnTheSameDatabaseRefusesTheRememberedOneOnTheNextRequest() throws SQLException {
        RunningLedger.Caller old = ledger.as("fac-elsewhere", "FACULTY");
        signInTwice(old, "fac-elsewhere");

        // another launcher's change does not reach this one's memory: only the row changes (to the administrator's password)
        rows.execute("UPDATE ledger_user SET password_hash = (SELECT password_hash FROM ledger_user WHERE id = 'admin') "
                + "WHERE id = 'fac-elsewhere'");

        assertThat(old.get("/api/me").status()).isEqualTo(401);
        assertThat(from("198.51.100.21", "fac-elsewhere", RunningLedger.ADMIN_PASSWORD).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordsCountTowardTheLockoutWhileTheRightOneIsRememberedAndThenItIsRefused() {
        ledger.as("fac-guessed-at", "FACULTY");
        RunningLedger.Caller right = from("198.51.100.30", "fac-guessed-at", RunningLedger.passwordOf("fac-guessed-at"));
        signInTwice(right, "fac-guessed-at");

        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            guesses.add(from("198.51.100.30", "fac-guessed-at", "guess-" + i).get("/api/me").status());
        }

        assertThat(guesses).containsOnly(401);
        assertThat(rows.queryLong("SELECT count(*) FROM sign_in_event WHERE user_id = 'fac-guessed-at' AND kind = 'FAILED'"))
                .isEqualTo(5);
        assertThat(rows.queryLong("SELECT count(*) FROM sign_in_event WHERE user_id = 'fac-guessed-at' AND kind = 'LOCKED'"))
                .isEqualTo(1);
        assertThat(remembered.remembers("fac-guessed-at")).isFalse();
        RunningLedger.Response locked = right.get("/api/me");
        assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
        assertThat(locked.json().get("rule").asString()).isEqualTo("sign-in-locked");
        assertThat(from("198.51.100.31", "fac-guessed-at", RunningLedger.passwordOf("fac-guessed-at")).get("/api/me").status())
                .isEqualTo(429);
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndEachOneIsCheckedAndCounted() {
        ledger.as("fac-typos", "FACULTY");

        for (int i = 0; i < 3; i++) {
            assertThat(from("198.51.100.40", "fac-typos", "the same typo").get("/api/me").status()).isEqualTo(401);
        }

        assertThat(remembered.remembers("fac-typos")).isFalse();
        assertThat(rows.queryStrings("SELECT attempts FROM sign_in_event WHERE user_id = 'fac-typos' AND kind = 'FAILED' ORDER BY id"))
                .containsExactly("1", "2", "3");
    }

    @Test
    void aRoleTakenAwayInTheUsersTableIsGoneOnTheNextRequest() throws SQLException {
        RunningLedger.Caller member = ledger.as("fac-on-committee", "FACULTY", "COMMITTEE");
        signInTwice(member, "fac-on-committee");
        assertThat(member.get("/api/admin/projections").status()).isEqualTo(200);

        // there is no endpoint that takes a role away: an operator does it in SQL, which the ledger is not told of
        rows.execute("DELETE FROM ledger_user_role WHERE user_id = 'fac-on-committee' AND role = 'COMMITTEE'");

        assertThat(member.get("/api/admin/projections").status()).isEqualTo(403);
        assertThat(member.get("/api/me").json().get("roles")).extracting(JsonNode::asString).containsExactly("FACULTY");
    }

    @Test
    void aRoleGrantedIsThereOnTheNextRequest() {
        RunningLedger.Caller faculty = ledger.as("fac-promoted", "FACULTY");
        signInTwice(faculty, "fac-promoted");
        assertThat(faculty.get("/api/admin/projections").status()).isEqualTo(403);

        ledger.as("fac-promoted", "FACULTY", "COMMITTEE");

        assertThat(faculty.get("/api/admin/projections").status()).isEqualTo(200);
    }

    @Test
    void anAccountRemovedFromTheUsersTableIsRefusedOnTheNextRequest() throws SQLException {
        RunningLedger.Caller leaving = ledger.as("fac-leaving", "FACULTY");
        signInTwice(leaving, "fac-leaving");

        rows.execute("DELETE FROM ledger_user_role WHERE user_id = 'fac-leaving'; DELETE FROM ledger_user WHERE id = 'fac-leaving'");

        assertThat(leaving.get("/api/me").status()).isEqualTo(401);
    }

    /**
     * A request's sign-in costs little besides the password check: Spring Security's per-filter observations
     * (about a tenth of an entry's CPU in the benchmark's profile) are switched off in ledger-defaults.properties,
     * while the requests themselves are still observed.
     */
    @Test
    void theSecurityFilterChainIsNotObservedButRequestsAre() {
        ObservationRegistry observations = ledger.context().getBean(ObservationRegistry.class);

        assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.start("spring.security.authentications", observations).isNoop()).isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop()).isFalse();
    }

    /** Signs in, and again once the password is remembered: the second request is the one the cache lets in. */
    private static void signInTwice(RunningLedger.Caller caller, String userId) {
        assertThat(caller.get("/api/me").status()).isEqualTo(200);
        assertThat(remembered.remembers(userId)).as("remembered after bcrypt accepted it").isTrue();
        assertThat(caller.get("/api/me").status()).isEqualTo(200);
    }

    private static RunningLedger.Caller from(String address, String userId, String password) {
        return ledger.withAuthorization("Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .behind(address);
    }
}
