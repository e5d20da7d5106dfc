package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Sign-in throttling: wrong passwords lock a user id, failures across many user ids lock an
 * address, a locked sign-in is refused even with the right password (without checking it), and
 * every failure, lockout, refusal and lift is a security event in the log and in
 * {@code sign_in_event}, which the administrator reads. The lockouts here last seconds, not
 * minutes; the test ledger believes X-Forwarded-For from 127.0.0.1, so each test comes from
 * addresses of its own.
 */
class SignInThrottlingTest {

    private static final Duration USER_LOCKOUT = Duration.ofSeconds(6);
    private static final int ADDRESS_FAILURES = 8;

    private static TestDatabase database;
    private static RunningLedger ledger;
    private static EventStoreRows rows;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        Map<String, Object> properties = new HashMap<>(database.springProperties());
        properties.put("ledger.security.sign-in.user-failures-before-lockout", "5");
        properties.put("ledger.security.sign-in.user-lockout", USER_LOCKOUT.toMillis() + "ms");
        properties.put("ledger.security.sign-in.address-failures-before-lockout", String.valueOf(ADDRESS_FAILURES));
        properties.put("ledger.security.sign-in.address-window", "1m");
        properties.put("ledger.security.sign-in.address-lockout", USER_LOCKOUT.toMillis() + "ms");
        properties.put("ledger.security.sign-in.longest-lockout", "20s");
        properties.put("ledger.security.sign-in.trusted-proxies", "127.0.0.1,0:0:0:0:0:0:0:1");
        ledger = RunningLedger.start(properties);
        rows = new EventStoreRows(database);
    }

    @AfterAll
    static void stop() {
        ledger.close();
        database.close();
    }

    @Test
    void fortyWrongPasswordsLockTheUserAndTheRightOneIsRefusedUntilTheLockoutEnds() {
        ledger.as("fac-guessed", "FACULTY");
        List<Integer> statuses = new ArrayList<>();
        List<String> rules = new ArrayList<>();

        for (int i = 0; i < 40; i++) {
            RunningLedger.Response response = from("198.51.100.1", "fac-guessed", "wrong-guess-" + i).get("/api/me");
            statuses.add(response.status());
            rules.add(response.json().get("rule").asString());
        }
        RunningLedger.Response right = from("198.51.100.1", "fac-guessed", RunningLedger.passwordOf("fac-guessed")).get("/api/me");

        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(rules.subList(0, 5)).containsOnly("credentials-rejected");
        assertThat(statuses.subList(5, 40)).containsOnly(429);
        assertThat(rules.subList(5, 40)).containsOnly("sign-in-locked");
        assertThat(right.status()).as(right.toString()).isEqualTo(429);
        assertThat(right.contentType()).isEqualTo("application/problem+json");
        assertThat(right.json().get("rule").asString()).isEqualTo("sign-in-locked");
        long retryAfter = Long.parseLong(right.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, USER_LOCKOUT.toSeconds());
        assertThat(right.json().get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);

        // from another address the user id is just as locked: it is the id that was guessed at
        assertThat(from("198.51.100.2", "fac-guessed", RunningLedger.passwordOf("fac-guessed")).get("/api/me").status())
                .isEqualTo(429);

        RunningLedger.Response afterwards = awaitSignIn("198.51.100.1", "fac-guessed", Duration.ofSeconds(retryAfter + 3));
        assertThat(afterwards.status()).as(afterwards.toString()).isEqualTo(200);
        assertThat(events("fac-guessed")).extracting(e -> e.get("kind").asString())
                .contains("FAILED", "LOCKED", "REFUSED_WHILE_LOCKED", "SUCCEEDED_AFTER_FAILURES");
    }

    @Test
    void anUnknownUserIdIsLockedJustLikeAKnownOne() {
        ledger.as("fac-known", "FACULTY");
        List<RunningLedger.Response> known = new ArrayList<>();
        List<RunningLedger.Response> unknown = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            known.add(from("198.51.100.10", "fac-known", "not-it-" + i).get("/api/me"));
            unknown.add(from("198.51.100.11", "fac-nobody-at-all", "not-it-" + i).get("/api/me"));
        }

        assertThat(unknown).extracting(RunningLedger.Response::status).isEqualTo(known.stream().map(RunningLedger.Response::status).toList());
        assertThat(unknown.get(5).json().get("detail").asString().replace("fac-nobody-at-all", "X"))
                .isEqualTo(known.get(5).json().get("detail").asString().replace("fac-known", "X"));
        assertThat(unknown.get(5).status()).isEqualTo(429);
    }

    @Test
    void failuresFromOneAddressAcrossManyUserIdsLockTheAddress() {
        ledger.as("fac-bystander", "FACULTY");
        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            assertThat(from("203.0.113.7", "sprayed-" + i, "Winter2026!").get("/api/me").status()).isEqualTo(401);
        }

        RunningLedger.Response fromThere = from("203.0.113.7", "fac-bystander", RunningLedger.passwordOf("fac-bystander")).get("/api/me");
        RunningLedger.Response fromElsewhere = from("203.0.113.8", "fac-bystander", RunningLedger.passwordOf("fac-bystander")).get("/api/me");

        assertThat(fromThere.status()).as(fromThere.toString()).isEqualTo(429);
        assertThat(fromThere.json().get("rule").asString()).isEqualTo("sign-in-locked");
        assertThat(fromThere.header("Retry-After")).isNotBlank();
        assertThat(fromElsewhere.status()).as(fromElsewhere.toString()).isEqualTo(200);
        JsonNode lockouts = ledger.asAdmin().get("/api/admin/sign-in-lockouts").json();
        assertThat(lockouts.findValuesAsString("address")).contains("203.0.113.7");
        assertThat(rows.queryLong("SELECT count(*) FROM sign_in_event WHERE kind = 'LOCKED' AND lock_kind = 'ADDRESS' "
                + "AND client_address = '203.0.113.7'")).isEqualTo(1);
    }

    @Test
    void anAdministratorIsNotLockedOutAtAnAddressTheyHaveSignedInFrom() {
        RunningLedger.Caller atTheirDesk = from("192.0.2.50", RunningLedger.ADMIN, RunningLedger.ADMIN_PASSWORD);
        assertThat(atTheirDesk.get("/api/me").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(from("192.0.2.66", RunningLedger.ADMIN, "guess-" + i).get("/api/me").status()).isEqualTo(401);
        }

        assertThat(from("192.0.2.66", RunningLedger.ADMIN, RunningLedger.ADMIN_PASSWORD).get("/api/me").status()).isEqualTo(429);
        assertThat(from("192.0.2.67", RunningLedger.ADMIN, RunningLedger.ADMIN_PASSWORD).get("/api/me").status()).isEqualTo(429);
        assertThat(atTheirDesk.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void theAdministratorSeesTheEventsAndTheLockoutsAndAnAuditorReadsThemButFacultyDoNot() {
        ledger.as("fac-watched", "FACULTY");
        for (int i = 0; i < 6; i++) {
            from("198.51.100.20", "fac-watched", "wrong-" + i).get("/api/me");
        }

        RunningLedger.Response events = ledger.asAdmin().get("/api/admin/sign-in-events?userId=fac-watched");
        RunningLedger.Response lockouts = ledger.asAdmin().get("/api/admin/sign-in-lockouts");

        assertThat(events.status()).as(events.toString()).isEqualTo(200);
        JsonNode newest = events.json().get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("REFUSED_WHILE_LOCKED");
        assertThat(newest.get("userId").asString()).isEqualTo("fac-watched");
        assertThat(newest.get("clientAddress").asString()).isEqualTo("198.51.100.20");
        assertThat(newest.get("at").asString()).isNotBlank();
        assertThat(events.json()).extracting(e -> e.get("kind").asString())
                .containsExactly("REFUSED_WHILE_LOCKED", "LOCKED", "FAILED", "FAILED", "FAILED", "FAILED", "FAILED");
        assertThat(events.json()).extracting(e -> e.get("userId").asString()).containsOnly("fac-watched");
        assertThat(lockouts.status()).isEqualTo(200);
        assertThat(lockouts.json().findValuesAsString("userId")).contains("fac-watched");
        assertThat(ledger.as("aud-sec", "AUDITOR").get("/api/admin/sign-in-events?userId=fac-watched").status()).isEqualTo(200);
        RunningLedger.Response faculty = ledger.as("fac-curious", "FACULTY").get("/api/admin/sign-in-events");
        assertThat(faculty.status()).isEqualTo(403);
        assertThat(faculty.json().get("rule").asString()).isEqualTo("role-not-permitted");
        assertThat(ledger.as("fac-curious", "FACULTY").get("/api/admin/sign-in-lockouts").status()).isEqualTo(403);
    }

    @Test
    void theAdministratorLiftsALockoutEarlyAndThatIsRecorded() {
        ledger.as("fac-forgetful", "FACULTY");
        for (int i = 0; i < 5; i++) {
            from("198.51.100.30", "fac-forgetful", "was-it-this-" + i).get("/api/me");
        }
        RunningLedger.Caller rightPassword = from("198.51.100.30", "fac-forgetful", RunningLedger.passwordOf("fac-forgetful"));
        assertThat(rightPassword.get("/api/me").status()).isEqualTo(429);

        RunningLedger.Response byFaculty = ledger.as("fac-curious", "FACULTY").send("DELETE", "/api/admin/sign-in-lockouts/users/fac-forgetful", null);
        RunningLedger.Response lifted = ledger.asAdmin().send("DELETE", "/api/admin/sign-in-lockouts/users/fac-forgetful", null);
        RunningLedger.Response again = ledger.asAdmin().send("DELETE", "/api/admin/sign-in-lockouts/users/fac-forgetful", null);

        assertThat(byFaculty.status()).isEqualTo(403);
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(204);
        assertThat(rightPassword.get("/api/me").status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("rule").asString()).isEqualTo("no-such-lockout");
        JsonNode lift = events("fac-forgetful").stream().filter(e -> e.get("kind").asString().equals("LOCKOUT_LIFTED")).findFirst().orElseThrow();
        assertThat(lift.get("actedBy").asString()).isEqualTo(RunningLedger.ADMIN);
        assertThat(lift.get("lock").asString()).isEqualTo("USER");
    }

    /**
     * An IPv6 client's lockout is listed as the JDK writes the address ({@code 2001:db8:0:0:0:0:0:7}); the
     * administrator lifts it by that, or by the short form, and finds its events by either. It used to be held to
     * the id pattern, which has no ':', so an IPv6 lockout could not be lifted at all.
     */
    @Test
    void theAdministratorLiftsAnIpv6AddressLockoutAndFindsItsEventsByEitherForm() {
        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            assertThat(from("2001:db8::7", "v6-sprayed-" + i, "Winter2026!").get("/api/me").status()).isEqualTo(401);
        }
        ledger.as("fac-v6", "FACULTY");
        RunningLedger.Caller bystander = from("2001:db8::7", "fac-v6", RunningLedger.passwordOf("fac-v6"));
        assertThat(bystander.get("/api/me").status()).isEqualTo(429);
        assertThat(ledger.asAdmin().get("/api/admin/sign-in-lockouts").json().findValuesAsString("address"))
                .contains("2001:db8:0:0:0:0:0:7");

        RunningLedger.Response events = ledger.asAdmin().get("/api/admin/sign-in-events?address=2001:db8::7");
        RunningLedger.Response lifted = ledger.asAdmin().send("DELETE", "/api/admin/sign-in-lockouts/addresses/2001:db8::7", null);
        RunningLedger.Response again = ledger.asAdmin().send("DELETE", "/api/admin/sign-in-lockouts/addresses/2001:db8:0:0:0:0:0:7", null);
        RunningLedger.Response notAnAddress = ledger.asAdmin().send("DELETE", "/api/admin/sign-in-lockouts/addresses/2001:db8::7::1", null);

        assertThat(events.status()).as(events.toString()).isEqualTo(200);
        assertThat(events.json().findValuesAsString("kind")).contains("LOCKED");
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(204);
        assertThat(bystander.get("/api/me").status()).isEqualTo(200);
        assertThat(again.status()).as(again.toString()).isEqualTo(404);
        assertThat(again.json().get("rule").asString()).isEqualTo("no-such-lockout");
        assertThat(notAnAddress.status()).as(notAnAddress.toString()).isEqualTo(400);
        assertThat(notAnAddress.json().get("errors").get(0).get("field").asString()).isEqualTo("address");
    }

    @Test
    void noPasswordIsWrittenToTheLogOrToTheEventTable() {
        ledger.as("fac-secretive", "FACULTY");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        String wrong = "Tr0ub4dor-and-3-wrong";
        try {
            for (int i = 0; i < 6; i++) {
                from("198.51.100.40", "fac-secretive", wrong + i).get("/api/me");
            }
            from("198.51.100.40", "fac-secretive", RunningLedger.passwordOf("fac-secretive")).get("/api/me");
            from("198.51.100.41", "no-such-" + "person", wrong).get("/api/me");
        } finally {
            root.detachAppender(log);
        }

        List<String> lines = log.list.stream()
                .map(e -> e.getLoggerName() + " " + e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage()))
                .toList();
        assertThat(lines).filteredOn(line -> line.startsWith("ledger.security-events"))
                .as("the failures, the lockout and the refusal are logged as security events")
                .anySatisfy(line -> assertThat(line).contains("LOCKED", "fac-secretive", "198.51.100.40"))
                .anySatisfy(line -> assertThat(line).contains("FAILED", "no-such-person"));
        assertThat(String.join("\n", lines)).doesNotContain(wrong, RunningLedger.passwordOf("fac-secretive"));
        String table = rows.queryString("SELECT coalesce(string_agg(e::text, E'\\n'), '') FROM sign_in_event e");
        assertThat(table).contains("fac-secretive").doesNotContain(wrong, RunningLedger.passwordOf("fac-secretive"));
    }

    @Test
    void theEventTableIsAppendOnly() {
        from("198.51.100.50", "fac-append", "wrong").get("/api/me");

        assertThat(rows.queryLong("SELECT count(*) FROM sign_in_event WHERE user_id = 'fac-append'")).isEqualTo(1);
        assertThatThrownBy(() -> rows.execute("UPDATE sign_in_event SET user_id = 'someone-else' WHERE user_id = 'fac-append'"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> rows.execute("DELETE FROM sign_in_event WHERE user_id = 'fac-append'")).isInstanceOf(SQLException.class);
        assertThat(rows.queryLong("SELECT count(*) FROM sign_in_event WHERE user_id = 'fac-append'")).isEqualTo(1);
    }

    private static List<JsonNode> events(String userId) {
        List<JsonNode> events = new ArrayList<>();
        ledger.asAdmin().get("/api/admin/sign-in-events?userId=" + userId).json().forEach(events::add);
        return events;
    }

    /** Signs in with these credentials, as a client at {@code address} behind the trusted proxy. */
    private static RunningLedger.Caller from(String address, String userId, String password) {
        return ledger.withAuthorization("Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .behind(address);
    }

    private static RunningLedger.Response awaitSignIn(String address, String userId, Duration within) {
        Instant deadline = Instant.now().plus(within);
        RunningLedger.Response response;
        do {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            response = from(address, userId, RunningLedger.passwordOf(userId)).get("/api/me");
        } while (response.status() == 429 && Instant.now().isBefore(deadline));
        return response;
    }
}
