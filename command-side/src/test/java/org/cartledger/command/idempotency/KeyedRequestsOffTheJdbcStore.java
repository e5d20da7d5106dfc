package org.cartledger.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.command.CommandSideApplication;
import org.cartledger.command.TestIdentityProvider;
import org.cartledger.http.security.KnownUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side alone with its events in a store that is not Axon's JDBC one (Axon's in-memory
 * engine, standing in for Axon Server): keyed requests are served, a retry records once, and requests
 * with one key sent at once record once. The trainee's record decides; each subclass adds a database or not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KeyedRequestsOffTheJdbcStore {

    static final String TRAINEE = "F-KEYED-1";
    private ConfigurableApplicationContext context;
    private EventStorageEngine events;
    private HttpClient client;
    private String base;
    private String token;

    /** Configuration beside the command side's own and {@link InMemoryEvents}. */
    abstract Class<?>[] configuration();

    /** What must exist before the command side starts. */
    void prepare() throws Exception {
    }

    @Configuration(proxyBeanMethods = false)
    static class InMemoryEvents {
        @Bean
        EventStorageEngine eventStorageEngine() {
            return new InMemoryEventStorageEngine();
        }

        /** The mentor an enrollment names must be known as faculty; this command side keeps no users of its own. */
        @Bean
        KnownUsers knownUsers() {
            return new KnownUsers() {
                @Override
                public Set<LedgerRole> rolesOf(String userId) {
                    return "fac-wang".equals(userId) ? Set.of(LedgerRole.FACULTY) : Set.of();
                }

                @Override
                public String whereKnown() {
                    return "The test knows fac-wang.";
                }
            };
        }
    }

    @BeforeAll
    void start(@TempDir Path directory) throws Exception {
        prepare();
        TestIdentityProvider identityProvider = TestIdentityProvider.in(directory);
        token = identityProvider.token("fac-wang", List.of("COORDINATOR", "FACULTY"));
        List<Class<?>> sources = new ArrayList<>(List.of(CommandSideApplication.class, InMemoryEvents.class));
        sources.addAll(List.of(configuration()));
        context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .run("--server.port=0", "--axon.axonserver.enabled=false",
                        identityProvider.publicKeyLocationArgument());
        events = context.getBean(EventStorageEngine.class);
        client = HttpClient.newHttpClient();
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpResponse<String> enrolled = post("/api/trainees", enrollment(TRAINEE), null);
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void theEventsAreNotInAJdbcStore() {
        assertThat(events).isInstanceOf(InMemoryEventStorageEngine.class);
    }

    @Test
    void aRetryWithTheSameKeyIsAnsweredAsTheFirstRequestAndRecordsNothingNew() throws Exception {
        long before = stored(TRAINEE);

        HttpResponse<String> first = signOffSkill("CRS_MANAGEMENT", "retry-1");
        HttpResponse<String> retry = signOffSkill("CRS_MANAGEMENT", "retry-1");
        HttpResponse<String> again = signOffSkill("CRS_MANAGEMENT", "retry-1");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(List.of(retry, again)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(201);
            assertThat(answer.body()).isEqualTo(first.body());
        });
        assertThat(stored(TRAINEE)).isEqualTo(before + 1);
    }

    @Test
    void aRetriedEnrollmentIsAnsweredWithTheEnrollment() throws Exception {
        HttpResponse<String> first = post("/api/trainees", enrollment("F-KEYED-ENR"), "enroll-F-KEYED-ENR");
        HttpResponse<String> retry = post("/api/trainees", enrollment("F-KEYED-ENR"), "enroll-F-KEYED-ENR");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(stored("F-KEYED-ENR")).isEqualTo(1);
        assertThat(post("/api/trainees", enrollment("F-KEYED-ENR"), null).body()).contains("trainee-already-enrolled");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndStoresNothing() throws Exception {
        HttpResponse<String> first = signOffSkill("CRS_MANAGEMENT", "reused-body");
        long before = stored(TRAINEE);

        HttpResponse<String> other = signOffSkill("TUMOR_STAGING", "reused-body");

        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(other.body()).contains("\"rule\":\"idempotency-key-reused\"", "reused-body", entryId(first));
        assertThat(stored(TRAINEE)).isEqualTo(before);
    }

    @Test
    void aRequestThatWasRefusedCanBeCorrectedAndSentAgainWithTheSameKey() throws Exception {
        long before = stored(TRAINEE);

        HttpResponse<String> refused = signOffSkill("JUGGLING", "fixed-later");
        HttpResponse<String> corrected = signOffSkill("CRS_MANAGEMENT", "fixed-later");
        HttpResponse<String> retried = signOffSkill("CRS_MANAGEMENT", "fixed-later");

        assertThat(refused.body()).contains("\"rule\":\"not-in-catalog\"");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(retried.body()).isEqualTo(corrected.body());
        assertThat(stored(TRAINEE)).isEqualTo(before + 1);
    }

    @Test
    void requestsWithOneKeySentAtOnceRecordOneEntryAndAreAllAnsweredWithIt() throws Exception {
        long before = stored(TRAINEE);

        List<HttpResponse<String>> answers = atOnce(8, i -> signOffSkill("CRS_MANAGEMENT", "at-once"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            assertThat(answer.body()).isEqualTo(answers.get(0).body());
        });
        assertThat(stored(TRAINEE)).isEqualTo(before + 1);
    }

    @Test
    void differentRequestsWithOneKeySentAtOnceRecordOneAndRefuseTheOthers() throws Exception {
        List<String> skills = List.of("CRS_MANAGEMENT", "TUMOR_STAGING", "BIOPSY_TECHNIQUES", "TOXICITY_MANAGEMENT");
        long before = stored(TRAINEE);

        List<HttpResponse<String>> answers = atOnce(skills.size(), i -> signOffSkill(skills.get(i), "contested"));

        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() != 201).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
            assertThat(answer.body()).contains("\"rule\":\"idempotency-key-reused\"");
        });
        assertThat(stored(TRAINEE)).isEqualTo(before + 1);
    }

    long stored(String traineeId) {
        return events.readEvents(traineeId).asStream().count();
    }

    String entryId(HttpResponse<String> answer) {
        return answer.body().replaceAll(".*\"entryId\":\"([^\"]+)\".*", "$1");
    }

    String enrollment(String traineeId) {
        return """
                {"traineeId":"%s","fullName":"Dr. Mei Chen","track":"FELLOW",
                 "eligibility":{"institution":"Peking Union Medical College Hospital","completedOn":"2025-06-30"},
                 "startDate":"%s","endDate":"%s","mentorId":"fac-wang"}"""
                .formatted(traineeId, LocalDate.now().minusDays(7), LocalDate.now().plusMonths(3));
    }

    HttpResponse<String> signOffSkill(String skill, String key) throws Exception {
        return post("/api/trainees/" + TRAINEE + "/skills", "{\"skill\":\"" + skill + "\"}", key);
    }

    HttpResponse<String> post(String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header(IdempotencyKey.HEADER, key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Request {
        HttpResponse<String> send(int client) throws Exception;
    }

    /** Sends from several clients released at the same instant. */
    List<HttpResponse<String>> atOnce(int clients, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            answers.add(pool.submit(() -> {
                start.await();
                return request.send(client);
            }));
        }
        start.countDown();
        List<HttpResponse<String>> result = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            result.add(answer.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return result;
    }
}
