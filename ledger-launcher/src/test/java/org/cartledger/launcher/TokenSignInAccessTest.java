package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Production sign-in: JWTs from the hospital's identity provider, played here by a key pair the
 * test makes; the ledger knows only its public key. The same matrix as with passwords, every token
 * the ledger must turn away, and the token's subject as the recorder.
 */
class TokenSignInAccessTest extends AccessMatrix {

    private static final TestTokens TOKENS = new TestTokens();
    private static TestDatabase database;
    private static RunningLedger ledger;
    private static EventStoreRows store;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        ledger = RunningLedger.startWithTokens(database.springProperties(), TOKENS);
        store = new EventStoreRows(database);
        for (String trainee : new String[] {OWN, OTHER, "F-TOK-3"}) {
            assertThat(ledger.post("/api/trainees", Requests.enrollFellow(trainee)).status()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        ledger.close();
        database.close();
    }

    @Override
    RunningLedger ledger() {
        return ledger;
    }

    @Override
    boolean passwordSignIn() {
        return false;
    }

    @Test
    void theApiDocumentOffersBearerTokensAndNoPasswords() {
        RunningLedger.Response answer = ledger.anonymous().get("/v3/api-docs");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode document = answer.json();

        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/bearerAuth/bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.at("/components/securitySchemes").has("basicAuth")).isFalse();
        assertThat(document.at("/security/0").has("bearerAuth")).isTrue();
    }

    @Test
    void theLedgerKeepsNoUsersOfItsOwn() {
        assertThat(store.queryLong("SELECT count(*) FROM ledger_user")).isZero();
    }

    /** The ledger keeps no users here: it knows a colleague once they have signed in to it with that role. */
    @Test
    void anEntryMayNameAColleagueOnlyOnceTheyHaveSignedInAsFaculty() {
        long before = store.queryLong("SELECT count(*) FROM domain_event_entry");
        String onBehalf = "{\"skill\":\"CAR_T_PATIENT_MONITORING\",\"onBehalfOf\":\"fac-newcomer\"}";
        RunningLedger.Response unseen = ledger.as("fac-chen", "FACULTY").post("/api/trainees/F-TOK-3/skills", onBehalf);
        assertThat(unseen.status()).as(unseen.toString()).isEqualTo(422);
        assertThat(unseen.json().get("rule").asString()).isEqualTo("unknown-faculty-member");
        assertThat(unseen.json().get("detail").asString()).contains("signed in");
        assertThat(store.queryLong("SELECT count(*) FROM domain_event_entry")).isEqualTo(before);

        assertThat(ledger.as("fac-newcomer", "AUDITOR").get("/api/me").status()).isEqualTo(200);
        assertThat(ledger.as("fac-chen", "FACULTY").post("/api/trainees/F-TOK-3/skills", onBehalf).status()).isEqualTo(422);

        assertThat(ledger.as("fac-newcomer", "FACULTY").get("/api/me").status()).isEqualTo(200);
        RunningLedger.Response seen = ledger.as("fac-chen", "FACULTY").post("/api/trainees/F-TOK-3/skills", onBehalf);
        assertThat(seen.status()).as(seen.toString()).isEqualTo(201);
    }

    @Test
    void theRecorderIsTheTokensSubjectWhateverTheRequestSays() {
        RunningLedger.Response logged = ledger.as("fac-chen", "FACULTY").send("POST", "/api/trainees/F-TOK-3/skills",
                Requests.skill("CRS_MANAGEMENT"), "X-Recorder-Id", "dir-zhang", "X-Recorder-Role", "ADMIN");

        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        JsonNode recorder = RunningLedger.JSON.readTree(store.queryString("SELECT convert_from(meta_data, 'UTF8') "
                + "FROM domain_event_entry WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '"
                + logged.json().get("entryId").asString() + "'"));
        assertThat(recorder.get("recorderId").asString()).isEqualTo("fac-chen");
        assertThat(recorder.get("recorderRole").asString()).isEqualTo("FACULTY");
    }

    @Test
    void rolesAreReadFromTheConfiguredClaimHoweverTheProviderSpellsThem() {
        String token = TOKENS.token(claims -> claims.subject("fac-lu").claim(TestTokens.ROLES_CLAIM, "ROLE_faculty offline_access"));

        JsonNode me = ledger.withAuthorization("Bearer " + token).get("/api/me").json();

        assertThat(me.get("id").asString()).isEqualTo("fac-lu");
        assertThat(me.get("roles")).extracting(JsonNode::asString).containsExactly("FACULTY");
    }

    static Stream<Arguments> tokensTheLedgerTurnsAway() {
        Instant longAgo = Instant.now().minusSeconds(7200);
        return Stream.of(
                Arguments.of("expired", TOKENS.token(claims -> claims.subject("fac-chen").claim(TestTokens.ROLES_CLAIM, List.of("FACULTY"))
                        .issuedAt(longAgo).expiresAt(longAgo.plusSeconds(600)))),
                Arguments.of("signed by another key", new TestTokens().token("fac-chen", List.of("FACULTY"), null)),
                Arguments.of("without a subject", TOKENS.token(claims -> claims.claim(TestTokens.ROLES_CLAIM, List.of("FACULTY")))),
                Arguments.of("not a token", "not-a-jwt"),
                Arguments.of("unsigned", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJmYWMtY2hlbiIsImxlZGdlcl9yb2xlcyI6WyJGQUNVTFRZIl19."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensTheLedgerTurnsAway")
    void aTokenTheLedgerCannotTrustSignsNoOneIn(String what, String token) {
        long eventsBefore = store.count();

        RunningLedger.Response response = ledger.withAuthorization("Bearer " + token)
                .post("/api/trainees/F-TOK-3/skills", Requests.skill("CRS_MANAGEMENT"));

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo("credentials-rejected");
        assertThat(store.count()).isEqualTo(eventsBefore);
    }

    @Test
    void aTokenWithNoRoleOfTheLedgerIsRefused() {
        RunningLedger.Caller visitor = ledger.withAuthorization("Bearer " + TOKENS.token("visitor", List.of("offline_access"), null));

        RunningLedger.Response response = visitor.get("/api/catalog");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("rule").asString()).isEqualTo("role-not-permitted");
        assertThat(response.json().get("detail").asString()).contains("no role of this ledger");
    }

    @Test
    void aPasswordIsNoUseWhereTheLedgerTrustsTokens() {
        RunningLedger.Response response = ledger.withAuthorization("Basic YWRtaW46YWRtaW4=").get("/api/catalog");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("rule").asString()).isEqualTo("authentication-required");
    }
}
