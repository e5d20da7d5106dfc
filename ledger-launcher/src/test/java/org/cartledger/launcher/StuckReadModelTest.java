package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.cartledger.api.enrollment.EligibilityEvidence;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.Recorder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * An entry already in a ledger that the read models cannot store: an enrollment whose name holds a NUL
 * (PostgreSQL keeps no NUL in text), appended straight to the event store as older ledgers hold it, since
 * the HTTP edge now refuses it. It used to stop every read model on that event for good, hiding every
 * trainee whose events fell in the same segment while health said UP. Now it is held back for that
 * trainee alone, and the views, health and the administrator's list say so.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class StuckReadModelTest {

    private static final String NUL_NAMED = "F-NUL-1";
    private static RunningLedger ledger;
    private static final List<String> others = new ArrayList<>();

    @BeforeAll
    static void aNulInANameAmongOrdinaryEntries() {
        // enough trainees that some share the stuck one's segment (4 segments, by trainee id)
        for (int i = 1; i <= 3; i++) {
            others.add("F-OK-" + i);
            assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-OK-" + i)).status()).isEqualTo(201);
        }
        TraineeEnrolledEvent nulNamed = new TraineeEnrolledEvent(new TraineeId(NUL_NAMED), "entry-nul-enrollment", Instant.now(),
                "Dr. Mei\u0000Chen", Track.FELLOW,
                new EligibilityEvidence("Peking Union Medical College Hospital", null, LocalDate.now().minusMonths(2), null, null, null),
                LocalDate.now().minusDays(7), LocalDate.now().plusMonths(3), "Asia/Shanghai", "fac-wang", null);
        ledger.bean(EventStore.class).publish(new GenericDomainEventMessage<>("TraineeRecord", NUL_NAMED, 0, nulNamed,
                MetaData.with(Recorder.ID_KEY, "coord-li").and(Recorder.ROLE_KEY, "COORDINATOR")));
        for (int i = 4; i <= 8; i++) {
            others.add("F-OK-" + i);
            assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-OK-" + i)).status()).isEqualTo(201);
        }
        for (String trainee : others) {
            assertThat(ledger.post("/api/trainees/" + trainee + "/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY")
                    .status()).isEqualTo(201);
        }
        ledger.awaitProjections();
    }

    @Test
    void everyOtherTraineeIsInEveryViewAndCurrent() {
        JsonNode cohort = ledger.get("/api/cohort").json();
        List<String> listed = new ArrayList<>();
        cohort.get("trainees").forEach(member -> {
            listed.add(member.get("traineeId").asString());
            assertThat(member.get("stale").isNull()).as(member.toString()).isTrue();
        });
        assertThat(listed).containsExactlyInAnyOrderElementsOf(others);
        for (String trainee : others) {
            RunningLedger.Response dashboard = ledger.get("/api/trainees/" + trainee + "/dashboard");
            assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
            assertThat(dashboard.json().get("skillsCompleted").asInt()).isEqualTo(1);
            assertThat(dashboard.json().get("stale").isNull()).isTrue();
            assertThat(ledger.get("/api/trainees/" + trainee + "/transcript").json().get("entries")).hasSize(2);
        }
    }

    @Test
    void theStuckTraineesViewsSayWhyInsteadOfClaimingThereIsNoSuchTrainee() {
        for (String view : List.of("dashboard", "transcript")) {
            RunningLedger.Response answer = ledger.get("/api/trainees/" + NUL_NAMED + "/" + view);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("rule").asString()).isEqualTo("view-unavailable");
            JsonNode stale = answer.json().get("stale");
            assertThat(stale.get("readModel").asString()).isEqualTo(view);
            assertThat(stale.get("reason").asString()).isEqualTo("entry-failed");
            assertThat(stale.get("sinceEntryId").asString()).isEqualTo("entry-nul-enrollment");
            assertThat(stale.get("error").asString()).containsAnyOf("0x00", "\\u0000");
        }
        JsonNode unlisted = ledger.get("/api/cohort?status=COMPLETED").json().get("unlisted");
        assertThat(unlisted).hasSize(1);
        assertThat(unlisted.get(0).get("traineeId").asString()).isEqualTo(NUL_NAMED);
        assertThat(unlisted.get(0).get("stale").get("sinceEntryId").asString()).isEqualTo("entry-nul-enrollment");
        // a trainee the ledger never heard of is still simply not found
        assertThat(ledger.get("/api/trainees/F-NOBODY/dashboard").status()).isEqualTo(404);
    }

    @Test
    void healthIsDownAndNamesTheReadModelTheTraineeAndTheError() {
        assertThat(ledger.anonymous().get("/actuator/health").status()).isEqualTo(503);
        assertThat(ledger.anonymous().get("/actuator/health/readiness").status()).as("views are still served").isEqualTo(200);
        JsonNode readModels = ledger.asAdmin().get("/actuator/health").json().get("components").get("readModels");
        assertThat(readModels.get("status").asString()).isEqualTo("DOWN");
        for (String readModel : List.of("dashboard", "cohort", "transcript")) {
            JsonNode detail = readModels.get("details").get(readModel);
            assertThat(detail.get("status").asString()).isEqualTo("DOWN");
            assertThat(detail.get("lag").asLong()).as("it read past the entry").isZero();
            assertThat(detail.get("stuck")).hasSize(1);
            assertThat(detail.get("stuck").get(0).get("traineeId").asString()).isEqualTo(NUL_NAMED);
            assertThat(detail.get("stuck").get(0).get("error").asString()).containsAnyOf("0x00", "\\u0000");
        }
    }

    @Test
    void anAdministratorListsTheDeadLettersAndOnlyAnAdministratorRetriesThem() {
        RunningLedger.Response letters = ledger.asAdmin().get("/api/admin/projections/cohort/dead-letters");
        assertThat(letters.status()).as(letters.toString()).isEqualTo(200);
        assertThat(letters.json()).hasSize(1);
        assertThat(letters.json().get(0).get("traineeId").asString()).isEqualTo(NUL_NAMED);
        assertThat(letters.json().get(0).get("letters").get(0).get("entryType").asString()).isEqualTo("TraineeEnrolled");
        assertThat(ledger.as("aud-lin", "AUDITOR").get("/api/admin/projections/cohort/dead-letters").status()).isEqualTo(200);

        assertThat(ledger.post("/api/admin/projections/cohort/dead-letters/retry", "").status()).isEqualTo(403);
        assertThat(ledger.asAdmin().post("/api/admin/projections/grades/dead-letters/retry", "").status()).isEqualTo(404);
        RunningLedger.Response nothingToRetry = ledger.asAdmin().post("/api/admin/projections/cohort/dead-letters/F-OK-1/retry", "");
        assertThat(nothingToRetry.status()).isEqualTo(404);
        assertThat(nothingToRetry.json().get("rule").asString()).isEqualTo("no-dead-letters");

        // nothing has fixed the cause: the retry says the trainee is still stuck, and why
        RunningLedger.Response retry = ledger.asAdmin().post("/api/admin/projections/cohort/dead-letters/" + NUL_NAMED + "/retry", "");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().get("cleared")).isEmpty();
        assertThat(retry.json().get("stillStuck").get(0).get("traineeId").asString()).isEqualTo(NUL_NAMED);
        assertThat(retry.json().get("stillStuck").get(0).get("error").asString()).containsAnyOf("0x00", "\\u0000");
    }
}
