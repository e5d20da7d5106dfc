package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * No answer is a 5xx without a problem body. A dependency that is down (the database, the identity
 * provider's key set; Axon Server in command-side's AxonServerDownTest) is a 503 that names it, so a client knows to try again and an
 * operator knows where to look; anything else that fails unexpectedly is a 500 {@code internal-error}
 * with an incident id that is also in the log, and nothing of the server's insides in the body.
 */
@ExtendWith(OutputCaptureExtension.class)
class EveryErrorIsAProblemTest {

    private static final TestTokens TOKENS = new TestTokens();
    private static TestDatabase database;
    private static RunningLedger ledger;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        Map<String, Object> settings = new HashMap<>(database.springProperties());
        // a request waits this long for a connection before it is told the database is down
        settings.put("spring.datasource.hikari.connection-timeout", "1500");
        ledger = RunningLedger.startWithTokens(settings, TOKENS);
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-ERR-1")).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws SQLException {
        letConnectionsIn(true);
        ledger.close();
        database.close();
    }

    @Test
    void whileTheDatabaseIsDownEveryRequestIs503DatabaseUnavailableAndTheLedgerServesAgainOnceItIsBack() throws Exception {
        ledger.awaitProjections();
        letConnectionsIn(false);
        try {
            assertUnavailable(ledger.get("/api/trainees/F-ERR-1/dashboard"), "database-unavailable");
            assertUnavailable(ledger.get("/api/cohort"), "database-unavailable");
            assertUnavailable(ledger.get("/api/ledger/tree-heads"), "database-unavailable");
            assertUnavailable(ledger.post("/api/trainees/F-ERR-1/attendance", Requests.attendance("JOURNAL_CLUB", false),
                    "fac-wang", "FACULTY"), "database-unavailable");
            assertUnavailable(ledger.post("/api/trainees", Requests.enrollFellow("F-ERR-2")), "database-unavailable");
        } finally {
            letConnectionsIn(true);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        RunningLedger.Response answer;
        do {
            answer = ledger.post("/api/trainees/F-ERR-1/attendance", Requests.attendance("JOURNAL_CLUB", false), "fac-wang", "FACULTY");
        } while (answer.status() != 201 && Instant.now().isBefore(deadline));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(new EventStoreRows(database).queryLong("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'F-ERR-2'"))
                .as("the enrollment refused while the database was down is not stored").isZero();
    }

    @Test
    void anUnexpectedFailureIs500InternalErrorWithAnIncidentIdThatIsInTheLogAndNothingOfTheServersInsides(CapturedOutput output)
            throws Exception {
        ledger.awaitProjections();
        EventStoreRows rows = new EventStoreRows(database);
        rows.execute("ALTER TABLE cohort_member RENAME TO cohort_member_mislaid");
        RunningLedger.Response answer;
        try {
            answer = ledger.get("/api/cohort");
        } finally {
            rows.execute("ALTER TABLE cohort_member_mislaid RENAME TO cohort_member");
        }
        assertThat(answer.status()).as(answer.toString()).isEqualTo(500);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("rule").asString()).isEqualTo("internal-error");
        String incident = problem.get("incidentId").asString();
        assertThat(incident).matches("[0-9a-f-]{36}");
        assertThat(problem.get("detail").asString()).contains(incident);
        assertThat(answer.body()).doesNotContain("Exception", "org.", "java.", "cohort_member", "SQL", "\tat ");
        assertThat(output.getOut() + output.getErr()).contains("Incident " + incident);
        assertThat(ledger.get("/api/cohort").status()).as("served again once the table is back").isEqualTo(200);
    }

    @Test
    void anIdentityProviderWhoseKeySetCannotBeFetchedGives503SignInUnavailable() throws IOException {
        try (TestDatabase own = TestDatabase.create()) {
            Map<String, Object> settings = new HashMap<>(own.springProperties());
            settings.put("ledger.security.jwt.jwk-set-uri", "http://127.0.0.1:" + closedPort() + "/jwks");
            settings.put("ledger.security.jwt.roles-claim", TestTokens.ROLES_CLAIM);
            try (RunningLedger signedInByKeySet = RunningLedger.start(settings)) {
                String token = "Bearer " + TOKENS.token("aud-lin", List.of("AUDITOR"), null);
                assertUnavailable(signedInByKeySet.withAuthorization(token).get("/api/cohort"), "sign-in-unavailable");
                assertUnavailable(signedInByKeySet.withAuthorization(token).post("/api/trainees", Requests.enrollFellow("F-JWK-1")),
                        "sign-in-unavailable");
            }
        }
    }

    private static void assertUnavailable(RunningLedger.Response answer, String rule) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.contentType()).as(answer.toString()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("rule").asString()).as(answer.toString()).isEqualTo(rule);
        assertThat(answer.body()).doesNotContain("Exception", "org.", "java.");
    }

    /** What a stopped database server looks like to this ledger: no new connection gets in, open ones are cut. */
    private static void letConnectionsIn(boolean allowed) throws SQLException {
        String url = database.url();
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", database.user(), "");
             Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS " + allowed);
            if (!allowed) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            }
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
