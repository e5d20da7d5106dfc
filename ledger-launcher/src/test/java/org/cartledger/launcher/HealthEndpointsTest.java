package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code /actuator/health} as probes and operators meet it: UP or not for anyone, with liveness and
 * readiness groups of their own; the database and every read model's lag behind the store for the
 * ADMIN role only; and nothing else of the actuator over HTTP.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class HealthEndpointsTest {

    private static TestDatabase database;
    private static RunningLedger ledger;
    private static EventStoreRows store;

    @BeforeAll
    static void start() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-HLT-1")).status()).isEqualTo(201);
        assertThat(ledger.post("/api/trainees/F-HLT-1/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY").status())
                .isEqualTo(201);
        ledger.awaitProjections();
    }

    @Test
    void anyoneSeesWhetherTheLedgerIsUpAndOnlyTheAdminSeesMore() {
        for (RunningLedger.Response health : List.of(
                ledger.anonymous().get("/actuator/health"), ledger.as("aud-lin", "AUDITOR").get("/actuator/health"))) {
            assertThat(health.status()).as(health.toString()).isEqualTo(200);
            assertThat(health.json().get("status").asString()).isEqualTo("UP");
            assertThat(health.json().has("components")).as(health.body()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health/liveness", "/actuator/health/readiness"})
    void livenessAndReadinessAreProbesOfTheirOwnWithoutCredentials(String probe) {
        RunningLedger.Response answer = ledger.anonymous().get(probe);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("status").asString()).isEqualTo("UP");
        assertThat(answer.json().has("components")).as(answer.body()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/configprops", "/actuator/beans", "/actuator/heapdump",
            "/actuator/threaddump", "/actuator/loggers", "/actuator/metrics", "/actuator/mappings", "/actuator/shutdown"})
    void nothingButTheHealthIsServedEvenToTheAdmin(String path) {
        for (RunningLedger.Caller caller : List.of(ledger.anonymous(), ledger.as("aud-lin", "AUDITOR"), ledger.asAdmin())) {
            RunningLedger.Response answer = caller.get(path);

            assertThat(answer.status()).as(path + " " + answer).isIn(401, 403, 404);
            assertThat(answer.body()).doesNotContain("jdbc:", "spring.", "PostgreSQL");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health/db", "/actuator/health/readModels"})
    void eachPartOfTheHealthIsTheAdminsToSee(String path) {
        for (RunningLedger.Caller caller : List.of(ledger.anonymous(), ledger.as("aud-lin", "AUDITOR"))) {
            RunningLedger.Response answer = caller.get(path);

            assertThat(answer.status()).as(path + " " + answer).isIn(401, 403, 404);
            assertThat(answer.body()).doesNotContain("PostgreSQL", "lag");
        }
        RunningLedger.Response admin = ledger.asAdmin().get(path);
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
        assertThat(admin.json().get("details")).isNotEmpty();
    }

    @Test
    void theAdminSeesTheDatabaseAndHowFarEachReadModelIsBehindTheStore() {
        ledger.awaitProjections();
        long head = store.queryLong("SELECT max(global_index) FROM domain_event_entry");

        RunningLedger.Response answer = ledger.asAdmin().get("/actuator/health");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode components = answer.json().get("components");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("db").get("details").get("database").asString()).isEqualTo("PostgreSQL");
        JsonNode readModels = components.get("readModels");
        assertThat(readModels.get("status").asString()).isEqualTo("UP");
        assertThat(readModels.get("details").propertyNames()).containsExactlyInAnyOrder("dashboard", "cohort", "transcript");
        for (JsonNode readModel : readModels.get("details")) {
            assertThat(readModel.get("status").asString()).isEqualTo("UP");
            assertThat(readModel.get("head").asLong()).isEqualTo(head);
            assertThat(readModel.get("position").asLong()).isEqualTo(head);
            assertThat(readModel.get("lag").asLong()).isZero();
            assertThat(readModel.has("error")).isFalse();
        }
    }

    @Test
    void aReadModelThatIsNotRunningTakesTheHealthOutOfServiceButNotTheReadiness() {
        StreamingEventProcessor cohort = ledger.bean(EventProcessingConfiguration.class)
                .eventProcessor("cohort", StreamingEventProcessor.class).orElseThrow();
        cohort.shutDown();
        try {
            RunningLedger.Response health = ledger.anonymous().get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("status").asString()).isEqualTo("OUT_OF_SERVICE");
            JsonNode readModels = ledger.asAdmin().get("/actuator/health").json().get("components").get("readModels").get("details");
            assertThat(readModels.get("cohort").get("status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(readModels.get("transcript").get("status").asString()).isEqualTo("UP");
            // commands and the other views are still served
            assertThat(ledger.anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        } finally {
            cohort.start();
            ledger.awaitProjections();
        }
        assertThat(ledger.anonymous().get("/actuator/health").status()).isEqualTo(200);
    }
}
