package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The embedded default: people sign in with HTTP Basic as users the ledger keeps. Every endpoint
 * against every role and against no credentials; a trainee against another trainee's record; and
 * the recorder of an entry is whoever signed in, whatever the request says.
 */
class PasswordSignInAccessTest extends AccessMatrix {

    private static TestDatabase database;
    private static RunningLedger ledger;
    private static EventStoreRows store;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        ledger = RunningLedger.start(database.springProperties());
        store = new EventStoreRows(database);
        for (String trainee : new String[] {OWN, OTHER, "F-ACC-3"}) {
            assertThat(ledger.post("/api/trainees", Requests.enrollFellow(trainee)).status()).isEqualTo(201);
        }
        ledger.as(SPARE_USER, "FACULTY");
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
        return true;
    }

    @Test
    void aPathOrMethodWithoutARuleIsNotFoundOrNotAllowedAndClosedToAnyoneNotSignedIn() {
        RunningLedger.Caller auditor = callerFor(ledger, "AUDITOR");

        RunningLedger.Response nothingThere = auditor.get("/api/secrets");
        RunningLedger.Response wrongMethod = auditor.send("DELETE", "/api/trainees/" + OWN + "/skills", null);

        assertThat(nothingThere.status()).isEqualTo(404);
        assertThat(nothingThere.json().get("rule").asString()).isEqualTo("no-such-path");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("rule").asString()).isEqualTo("method-not-allowed");
        assertThat(ledger.anonymous().get("/api/secrets").status()).isEqualTo(401);
        assertThat(ledger.anonymous().send("DELETE", "/api/trainees/" + OWN + "/skills", null).status()).isEqualTo(401);
    }

    @Test
    void theRecorderIsTheSignedInUserWhateverTheRequestSays() {
        RunningLedger.Response logged = ledger.as("fac-chen", "FACULTY").send("POST", "/api/trainees/F-ACC-3/skills",
                Requests.skill("CRS_MANAGEMENT"), "X-Recorder-Id", "dir-zhang", "X-Recorder-Role", "ADMIN");

        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        JsonNode recorder = recorderOf(logged.json().get("entryId").asString());
        assertThat(recorder.get("recorderId").asString()).isEqualTo("fac-chen");
        assertThat(recorder.get("recorderRole").asString()).isEqualTo("FACULTY");
    }

    @Test
    void someoneWithSeveralRolesIsRecordedUnderTheFirstOneTheEndpointAccepts() {
        RunningLedger.Caller facultyOnTheCommittee = ledger.as("fac-committee-wu", "COMMITTEE", "FACULTY");
        String skill = facultyOnTheCommittee.post("/api/trainees/F-ACC-3/skills", Requests.skill("TUMOR_STAGING"))
                .json().get("entryId").asString();
        String review = facultyOnTheCommittee.post("/api/trainees/F-ACC-3/committee-reviews",
                Requests.committeeReview(YearMonth.now().toString())).json().get("entryId").asString();

        assertThat(recorderOf(skill).get("recorderRole").asString()).isEqualTo("FACULTY");
        assertThat(recorderOf(review).get("recorderRole").asString()).isEqualTo("COMMITTEE");
        assertThat(recorderOf(review).get("recorderId").asString()).isEqualTo("fac-committee-wu");
    }

    @Test
    void aFacultyMemberWhoIsAlsoATraineeMakesNoEntriesAboutThemselves() {
        RunningLedger.Caller resident = ledger.signedIn("res-gao", "F-ACC-3", "FACULTY", "TRAINEE");
        long eventsBefore = store.count();

        RunningLedger.Response aboutThemselves = resident.post("/api/trainees/F-ACC-3/skills", Requests.skill("PATIENT_ASSESSMENT"));

        assertThat(aboutThemselves.status()).isEqualTo(403);
        assertThat(aboutThemselves.contentType()).isEqualTo("application/problem+json");
        assertThat(aboutThemselves.json().get("rule").asString()).isEqualTo("no-entries-about-yourself");
        assertThat(store.count()).isEqualTo(eventsBefore);
        assertThat(resident.post("/api/trainees/" + OTHER + "/skills", Requests.skill("PATIENT_ASSESSMENT")).status())
                .isEqualTo(201);
        assertThat(resident.send("GET", "/api/trainees/F-ACC-3/transcript", null).status()).isEqualTo(200);
    }

    @Test
    void whoAmITellsTheSignedInUserTheirRolesAndTraineeId() {
        JsonNode me = ledger.signedIn("res-gao", "F-ACC-3", "FACULTY", "TRAINEE").get("/api/me").json();

        assertThat(me.get("id").asString()).isEqualTo("res-gao");
        assertThat(me.get("roles")).extracting(JsonNode::asString).containsExactly("FACULTY", "TRAINEE");
        assertThat(me.get("traineeId").asString()).isEqualTo("F-ACC-3");
    }

    private static JsonNode recorderOf(String entryId) {
        return RunningLedger.JSON.readTree(store.queryString("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '" + entryId + "'"));
    }
}
