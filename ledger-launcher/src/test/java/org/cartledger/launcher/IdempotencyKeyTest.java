package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * A request sent again with the same Idempotency-Key (after a timeout, a dropped connection) is
 * answered as the first one was and records nothing new; a key names one request, so the same key
 * with another body or path is refused; and the key is stored with its entry, in one transaction.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class IdempotencyKeyTest {

    private static final String T = "/api/trainees/F-IDEM-1";
    private static RunningLedger ledger;
    private static EventStoreRows store;

    @BeforeAll
    static void start() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-IDEM-1")).status()).isEqualTo(201);
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-IDEM-2")).status()).isEqualTo(201);
    }

    @Test
    void aRetryWithTheSameKeyIsAnsweredAsTheFirstRequestAndRecordsNothingNew() {
        long before = store.count();

        RunningLedger.Response first = signOffSkill(T, "CRS_MANAGEMENT", "retry-1");
        RunningLedger.Response retry = signOffSkill(T, "CRS_MANAGEMENT", "retry-1");
        RunningLedger.Response again = signOffSkill(T, "CRS_MANAGEMENT", "retry-1");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(List.of(retry, again)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.contentType()).isEqualTo(first.contentType());
            assertThat(answer.body()).isEqualTo(first.body());
        });
        assertThat(store.count()).isEqualTo(before + 1);
        assertThat(store.queryString("SELECT entry_id FROM idempotency_key WHERE idempotency_key = 'retry-1'"))
                .isEqualTo(first.json().get("entryId").asString());
    }

    @Test
    void aRetriedEnrollmentIsAnsweredWithTheEnrollmentNotRefusedAsAlreadyEnrolled() {
        RunningLedger.Response first = ledger.post("/api/trainees", Requests.enrollFellow("F-IDEM-ENR"), "coord-li", "COORDINATOR",
                key("enroll-F-IDEM-ENR"));
        RunningLedger.Response retry = ledger.post("/api/trainees", Requests.enrollFellow("F-IDEM-ENR"), "coord-li", "COORDINATOR",
                key("enroll-F-IDEM-ENR"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(store.queryLong("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'F-IDEM-ENR'")).isEqualTo(1);
        // without a key, a second enrollment is a second request, and refused
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-IDEM-ENR")).json().get("rule").asString())
                .isEqualTo("trainee-already-enrolled");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndStoresNothing() {
        String firstEntry = signOffSkill(T, "CRS_MANAGEMENT", "reused-body").json().get("entryId").asString();
        long before = store.count();

        RunningLedger.Response other = signOffSkill(T, "TUMOR_STAGING", "reused-body");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(other.json().get("rule").asString()).isEqualTo("idempotency-key-reused");
        assertThat(other.json().get("detail").asString()).contains("reused-body", firstEntry);
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void theSameKeyOnAnotherPathIsRefusedAndStoresNothing() {
        assertThat(signOffSkill(T, "CRS_MANAGEMENT", "reused-path").status()).isEqualTo(201);
        long before = store.count();

        RunningLedger.Response otherTrainee = signOffSkill("/api/trainees/F-IDEM-2", "CRS_MANAGEMENT", "reused-path");
        RunningLedger.Response otherKind = ledger.post(T + "/attendance", Requests.attendance("JOURNAL_CLUB", false),
                "fac-wang", "FACULTY", key("reused-path"));

        assertThat(List.of(otherTrainee, otherKind)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
            assertThat(answer.json().get("rule").asString()).isEqualTo("idempotency-key-reused");
        });
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void eachRecorderHasKeysOfTheirOwn() {
        RunningLedger.Response wang = signOffSkill(T, "CRS_MANAGEMENT", "shared-key");
        RunningLedger.Response zhao = ledger.post(T + "/skills", Requests.skill("CRS_MANAGEMENT"), "fac-zhao", "FACULTY",
                key("shared-key"));

        assertThat(wang.status()).isEqualTo(201);
        assertThat(zhao.status()).isEqualTo(201);
        assertThat(zhao.json().get("entryId").asString()).isNotEqualTo(wang.json().get("entryId").asString());
    }

    @Test
    void aRequestThatWasRefusedCanBeCorrectedAndSentAgainWithTheSameKey() {
        long before = store.count();

        RunningLedger.Response refused = signOffSkill(T, "JUGGLING", "fixed-later");
        RunningLedger.Response corrected = signOffSkill(T, "CRS_MANAGEMENT", "fixed-later");
        RunningLedger.Response retried = signOffSkill(T, "CRS_MANAGEMENT", "fixed-later");

        assertThat(refused.json().get("rule").asString()).isEqualTo("not-in-catalog");
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(retried.body()).isEqualTo(corrected.body());
        assertThat(store.count()).isEqualTo(before + 1);
    }

    static Stream<String> invalidKeys() {
        // (a non-ASCII key cannot be sent by this client: it puts '?' in its place)
        return Stream.of("", "two words", "k".repeat(129), "tab\there");
    }

    @ParameterizedTest(name = "Idempotency-Key \"{0}\"")
    @MethodSource("invalidKeys")
    void anInvalidKeyIsRefusedNamingTheHeaderAndStoresNothing(String invalidKey) {
        long before = store.count();

        RunningLedger.Response answer = signOffSkill(T, "CRS_MANAGEMENT", invalidKey);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(error.get("message").asString()).contains("128 visible ASCII characters");
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void theLongestKeyIsAccepted() {
        assertThat(signOffSkill(T, "CRS_MANAGEMENT", "k".repeat(128)).status()).isEqualTo(201);
    }

    @Test
    void requestsWithOneKeySentAtOnceRecordOneEntryAndAreAllAnsweredWithIt() throws Exception {
        long before = store.count();

        List<RunningLedger.Response> answers = atOnce(8, i -> signOffSkill(T, "CRS_MANAGEMENT", "at-once"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.body()).isEqualTo(answers.get(0).body());
        });
        assertThat(store.count()).isEqualTo(before + 1);
    }

    @Test
    void differentRequestsWithOneKeySentAtOnceRecordOneAndRefuseTheOthers() throws Exception {
        List<String> skills = List.of("CRS_MANAGEMENT", "TUMOR_STAGING", "BIOPSY_TECHNIQUES", "TOXICITY_MANAGEMENT");
        long before = store.count();

        List<RunningLedger.Response> answers = atOnce(skills.size(), i -> signOffSkill(T, skills.get(i), "contested"));

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
            assertThat(answer.json().get("rule").asString()).isEqualTo("idempotency-key-reused");
        });
        assertThat(store.count()).isEqualTo(before + 1);
    }

    private static RunningLedger.Response signOffSkill(String trainee, String skill, String idempotencyKey) {
        return ledger.post(trainee + "/skills", Requests.skill(skill), "fac-wang", "FACULTY", key(idempotencyKey));
    }

    private static Map<String, String> key(String value) {
        return Map.of("Idempotency-Key", value);
    }

    private interface Request {
        RunningLedger.Response send(int client) throws Exception;
    }

    /** Sends from several clients released at the same instant. */
    private static List<RunningLedger.Response> atOnce(int clients, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RunningLedger.Response>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            answers.add(pool.submit(() -> {
                start.await();
                return request.send(client);
            }));
        }
        start.countDown();
        List<RunningLedger.Response> result = new ArrayList<>();
        for (Future<RunningLedger.Response> answer : answers) {
            result.add(answer.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return result;
    }
}
