package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.query.processing.ReadModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;

/**
 * The ledger as its users meet it: an HTTP command in, an event in PostgreSQL that an auditor can
 * read with SQL, the read models updated, and the views out over HTTP.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class LedgerEndToEndTest {

    private static RunningLedger ledger;
    private static EventStoreRows store;

    /** The signed-in faculty member signs off unless the entry says on whose behalf; then both are on record. */
    @Test
    void aSkillSignedOffOnBehalfOfAColleagueRecordsTheRecorderAndTheColleague() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-E2E-BEHALF")).status()).isEqualTo(201);
        String own = ledger.post("/api/trainees/F-E2E-BEHALF/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY")
                .json().get("entryId").asString();
        RunningLedger.Response onBehalf = ledger.post("/api/trainees/F-E2E-BEHALF/skills",
                "{\"skill\":\"CRS_MANAGEMENT\",\"onBehalfOf\":\"fac-zhao\"}", "fac-wang", "FACULTY");
        assertThat(onBehalf.status()).as(onBehalf.toString()).isEqualTo(201);
        String entryId = onBehalf.json().get("entryId").asString();

        JsonNode ownEvent = RunningLedger.JSON.readTree(store.queryString("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '" + own + "'"));
        assertThat(ownEvent.get("signedOffBy").asString()).isEqualTo("fac-wang");
        assertThat(ownEvent.get("onBehalfOf").isNull()).isTrue();
        JsonNode event = RunningLedger.JSON.readTree(store.queryString("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '" + entryId + "'"));
        assertThat(event.get("signedOffBy").asString()).isEqualTo("fac-zhao");
        assertThat(event.get("onBehalfOf").asString()).isEqualTo("fac-zhao");
        JsonNode metadata = RunningLedger.JSON.readTree(store.queryString("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '" + entryId + "'"));
        assertThat(metadata.get("recorderId").asString()).isEqualTo("fac-wang");
    }

    /**
     * Completion after two weeks with a committee review on record and the track's requirements met, or with an
     * exception a committee member approved; only the committee corrects its decision.
     */
    @Test
    void theCommitteeCorrectsItsOwnDecisionAndAProgramWithAReviewOnRecordIsCompleted() {
        String t = "/api/trainees/F-E2E-RULES";
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-E2E-RULES")).status()).isEqualTo(201);
        String month = YearMonth.from(Requests.START).toString();
        String review = ledger.post(t + "/committee-reviews", Requests.committeeReview(month), "ccc-he", "COMMITTEE")
                .json().get("entryId").asString();
        RunningLedger.Response byCoordinator = ledger.post(t + "/corrections", Requests.correction(review, "Wrong month"));
        assertThat(byCoordinator.status()).as(byCoordinator.toString()).isEqualTo(422);
        assertThat(byCoordinator.json().get("rule").asString()).isEqualTo("correction-not-permitted");
        RunningLedger.Response byCommittee = ledger.post(t + "/corrections", Requests.correction(review, "Wrong month"),
                "ccc-he", "COMMITTEE");
        assertThat(byCommittee.status()).as(byCommittee.toString()).isEqualTo(201);

        RunningLedger.Response withoutReview = ledger.post(t + "/completion", "{\"statement\":\"Completed all rotations\"}");
        assertThat(withoutReview.status()).as(withoutReview.toString()).isEqualTo(422);
        assertThat(withoutReview.json().get("detail").asString()).contains("a committee review on record");
        assertThat(ledger.post(t + "/committee-reviews", Requests.committeeReview(month), "ccc-he", "COMMITTEE").status()).isEqualTo(201);

        // the review is there now; the default requirement set of the track is not met, and the refusal lists all of it
        RunningLedger.Response requirementsMissing = ledger.post(t + "/completion", "{\"statement\":\"Completed all rotations\"}");
        assertThat(requirementsMissing.status()).as(requirementsMissing.toString()).isEqualTo(422);
        assertThat(requirementsMissing.json().get("rule").asString()).isEqualTo("completion-requirements-not-met");
        assertThat(requirementsMissing.json().get("detail").asString())
                .doesNotContain("a committee review on record")
                .contains("CAR-T infusion, intravenous", "Cytokine release syndrome (CRS) management", "First-week orientation",
                        "requirement set FELLOW version 1");
        RunningLedger.Response approvedByAnAuditor = ledger.post(t + "/completion", """
                {"statement":"Completed all rotations","waiver":{"reason":"Infusions done at home institution","approvedBy":"aud-lin"}}""");
        assertThat(approvedByAnAuditor.status()).as(approvedByAnAuditor.toString()).isEqualTo(422);
        assertThat(approvedByAnAuditor.json().get("rule").asString()).isEqualTo("unknown-approver");

        RunningLedger.Response withException = ledger.post(t + "/completion", """
                {"statement":"Completed all rotations","waiver":{"reason":"Infusions done at home institution","approvedBy":"ccc-he"}}""");
        assertThat(withException.status()).as(withException.toString()).isEqualTo(201);
        JsonNode completion = RunningLedger.JSON.readTree(store.queryString("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '" + withException.json().get("entryId").asString() + "'"));
        assertThat(completion.get("waiver").get("approvedBy").asString()).isEqualTo("ccc-he");
        assertThat(completion.get("waiver").get("reason").asString()).isEqualTo("Infusions done at home institution");
    }

    @Test
    void aLoggedSkillIsAnEventAnAuditorCanReadAndShowsOnTheDashboardAndTranscript() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-E2E-1")).status()).isEqualTo(201);
        RunningLedger.Response logged = ledger.post("/api/trainees/F-E2E-1/skills", Requests.skill("CRS_MANAGEMENT"),
                "fac-wang", "FACULTY");
        assertThat(logged.status()).isEqualTo(201);
        String entryId = logged.json().get("entryId").asString();

        String payload = store.queryString("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE event_identifier IS NOT NULL AND convert_from(payload, 'UTF8')::jsonb->>'entryId' = '" + entryId + "'");
        JsonNode event = RunningLedger.JSON.readTree(payload);
        assertThat(event.get("skill").asString()).isEqualTo("CRS_MANAGEMENT");
        assertThat(event.get("occurredAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        String metadata = store.queryString("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '" + entryId + "'");
        assertThat(RunningLedger.JSON.readTree(metadata).get("recorderId").asString()).isEqualTo("fac-wang");
        assertThat(RunningLedger.JSON.readTree(metadata).get("recorderRole").asString()).isEqualTo("FACULTY");

        ledger.awaitProjections();
        JsonNode dashboard = ledger.get("/api/trainees/F-E2E-1/dashboard").json();
        assertThat(dashboard.get("skillsCompleted").asInt()).isEqualTo(1);
        assertThat(dashboard.get("skillsInCatalog").asInt()).isEqualTo(TrainingCatalog.skills().size());
        assertThat(dashboard.get("status").asString()).isEqualTo("ENROLLED");

        JsonNode lines = ledger.get("/api/trainees/F-E2E-1/transcript").json().get("entries");
        assertThat(lines).hasSize(2);
        JsonNode skillLine = lines.get(1);
        assertThat(skillLine.get("entryId").asString()).isEqualTo(entryId);
        assertThat(skillLine.get("entryType").asString()).isEqualTo("SkillSignedOff");
        assertThat(skillLine.get("recorderId").asString()).isEqualTo("fac-wang");
        assertThat(skillLine.get("ledgerPosition").asLong()).isGreaterThan(lines.get(0).get("ledgerPosition").asLong());
        assertThat(skillLine.get("summary").asString()).contains("Cytokine release syndrome (CRS) management");
    }

    @Test
    void theDashboardCountsWhatFacultyLogAndForgetsWhatWasCorrected() {
        ledger.post("/api/trainees", Requests.enrollFellow("F-E2E-2"));
        String rounds = ledger.post("/api/trainees/F-E2E-2/attendance", Requests.attendance("DAILY_CLINICAL_ROUNDS", true),
                "fac-wang", "FACULTY").json().get("entryId").asString();
        ledger.post("/api/trainees/F-E2E-2/attendance", Requests.attendance("MDT_TUMOR_BOARD", false), "fac-wang", "FACULTY");
        ledger.post("/api/trainees/F-E2E-2/procedures", Requests.procedure("CAR_T_INFUSION_INTRAVENOUS", "DIRECT_SUPERVISION"),
                "fac-zhao", "FACULTY");
        ledger.post("/api/trainees/F-E2E-2/rotation-evaluations", Requests.rotationEvaluation(2), "fac-wang", "FACULTY");
        ledger.post("/api/trainees/F-E2E-2/rotation-evaluations", Requests.rotationEvaluation(3), "fac-wang", "FACULTY");
        ledger.post("/api/trainees/F-E2E-2/committee-reviews", Requests.committeeReview(YearMonth.now().toString()),
                "ccc-chair", "COMMITTEE");
        RunningLedger.Response correction = ledger.post("/api/trainees/F-E2E-2/corrections",
                Requests.correction(rounds, "Logged against the wrong trainee"), "fac-wang", "FACULTY");
        assertThat(correction.status()).isEqualTo(201);

        ledger.awaitProjections();
        JsonNode dashboard = ledger.get("/api/trainees/F-E2E-2/dashboard").json();
        assertThat(attended(dashboard, "DAILY_CLINICAL_ROUNDS")).isZero();
        assertThat(attended(dashboard, "MDT_TUMOR_BOARD")).isEqualTo(1);
        JsonNode infusion = dashboard.get("procedures").get(0);
        assertThat(infusion.get("procedure").asString()).isEqualTo("CAR_T_INFUSION_INTRAVENOUS");
        assertThat(infusion.get("bySupervisionLevel").get("DIRECT_SUPERVISION").asInt()).isEqualTo(1);
        JsonNode patientCare = dashboard.get("competencies").get(0);
        assertThat(patientCare.get("latestLevel").asInt()).isEqualTo(3);
        assertThat(patientCare.get("trend").asString()).isEqualTo("IMPROVING");
        assertThat(dashboard.get("currentAutonomy").asString()).isEqualTo("INDIRECT_SUPERVISION");
        assertThat(dashboard.get("entriesCorrected").asInt()).isEqualTo(1);

        JsonNode lines = ledger.get("/api/trainees/F-E2E-2/transcript").json().get("entries");
        JsonNode corrected = lines.get(1);
        assertThat(corrected.get("entryId").asString()).isEqualTo(rounds);
        assertThat(corrected.get("correctedByEntryId").asString()).isEqualTo(correction.json().get("entryId").asString());
        assertThat(corrected.get("correctionReason").asString()).isEqualTo("Logged against the wrong trainee");
        assertThat(lines.get(lines.size() - 1).get("correctsEntryId").asString()).isEqualTo(rounds);

        // the cohort lists the same standing: reviewed this month, nothing falling, nothing calling for attention
        JsonNode standing = cohortRow("F-E2E-2").get("standing");
        assertThat(standing.get("autonomy").asString()).isEqualTo("INDIRECT_SUPERVISION");
        assertThat(standing.get("lastReview").get("reviewMonth").asString()).isEqualTo(YearMonth.now().toString());
        assertThat(standing.get("attention")).isEmpty();
        assertThat(standing.get("fallingCompetencies")).isEmpty();
    }

    @Test
    void theCohortSaysWhoNeedsTheCommitteesAttentionAndWhy() {
        ledger.post("/api/trainees", Requests.enrollFellow("F-E2E-6"));
        ledger.post("/api/trainees/F-E2E-6/rotation-evaluations", Requests.rotationEvaluation(3), "fac-wang", "FACULTY");
        ledger.post("/api/trainees/F-E2E-6/rotation-evaluations", Requests.rotationEvaluation(2), "fac-wang", "FACULTY");
        ledger.awaitProjections();

        JsonNode standing = cohortRow("F-E2E-6").get("standing");

        assertThat(standing.get("attention")).extracting(JsonNode::asString)
                .containsExactly("NO_REVIEW_THIS_MONTH", "MILESTONE_FALLING");
        assertThat(standing.get("fallingCompetencies")).extracting(JsonNode::asString).contains("PATIENT_CARE");
        assertThat(standing.get("lastReview").isNull()).isTrue();
        assertThat(standing.get("stale").isNull()).isTrue();
    }

    private static JsonNode cohortRow(String traineeId) {
        for (JsonNode row : ledger.get("/api/cohort").json().get("trainees")) {
            if (row.get("traineeId").asString().equals(traineeId)) {
                return row;
            }
        }
        throw new AssertionError(traineeId + " is not in the cohort");
    }

    @Test
    void theTranscriptComesAsCsvForSpreadsheets() {
        ledger.post("/api/trainees", Requests.enrollFellow("F-E2E-3"));
        ledger.awaitProjections();

        RunningLedger.Response csv = ledger.get("/api/trainees/F-E2E-3/transcript", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("ledger_position,entry_id,entry_type,occurred_at,recorded_at,recorder_id");
        assertThat(csv.body().split("\r\n")).hasSize(2);
        assertThat(csv.body()).contains("TraineeEnrolled", "coord-li", "\"Enrolled Dr. Mei Chen as FELLOW,");
        assertThat(ledger.get("/api/trainees/F-E2E-3/transcript.csv", "*/*").body()).isEqualTo(csv.body());
    }

    @Test
    void theCohortListsTraineesByStatusAndTrack() {
        ledger.post("/api/trainees", Requests.enrollFellow("F-E2E-4"));
        ledger.post("/api/trainees", Requests.enrollFellow("F-E2E-5"));
        ledger.post("/api/trainees/F-E2E-5/withdrawal", "{\"statement\":\"Family emergency\"}");
        ledger.awaitProjections();

        JsonNode withdrawn = ledger.get("/api/cohort?status=WITHDRAWN&track=FELLOW").json().get("trainees");
        assertThat(withdrawn).extracting(t -> t.get("traineeId").asString()).contains("F-E2E-5").doesNotContain("F-E2E-4");
        JsonNode students = ledger.get("/api/cohort?track=STUDENT").json().get("trainees");
        assertThat(students).isEmpty();
    }

    /**
     * Events, read-model tokens and dead letters in PostgreSQL, each event's work in one Spring JDBC
     * transaction, and no Hibernate: Axon falls back to in-memory stores and to no transactions without
     * a word when it looks for a DataSource before Spring Boot has made one (see AxonAfterSpringJdbc).
     */
    @Test
    void theLedgerKeepsEventsTokensAndDeadLettersInPostgresUnderSpringTransactions() {
        assertThat(ledger.bean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(ledger.bean(PlatformTransactionManager.class)).isInstanceOf(JdbcTransactionManager.class);
        assertThat(ledger.bean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
        EventProcessingConfiguration processing = ledger.bean(EventProcessingConfiguration.class);
        for (String readModel : ReadModels.ALL) {
            assertThat(processing.tokenStore(readModel)).as(readModel).isInstanceOf(JdbcTokenStore.class);
            assertThat(processing.deadLetterQueue(readModel)).as(readModel).containsInstanceOf(JdbcSequencedDeadLetterQueue.class);
        }
        assertThat(ClassUtils.isPresent("jakarta.persistence.EntityManagerFactory", null)).isFalse();
    }

    @Test
    void anUnknownTraineeHasNoViews() {
        RunningLedger.Response dashboard = ledger.get("/api/trainees/NOBODY/dashboard");
        assertThat(dashboard.status()).isEqualTo(404);
        assertThat(dashboard.contentType()).startsWith("application/problem+json");
        assertThat(ledger.get("/api/trainees/NOBODY/transcript").status()).isEqualTo(404);
    }

    private static int attended(JsonNode dashboard, String activityType) {
        for (JsonNode tally : dashboard.get("attendance")) {
            if (tally.get("activityType").asString().equals(activityType)) {
                return tally.get("attended").asInt();
            }
        }
        throw new AssertionError("no tally for " + activityType);
    }
}
