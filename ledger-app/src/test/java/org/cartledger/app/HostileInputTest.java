package org.cartledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Thousands of generated bad requests against every command endpoint (and hundreds against the read
 * side's parameters): each is answered with a
 * problem (never a 500, never a stack trace), and afterwards the store holds exactly what it held
 * before. Every mutation makes a request invalid by construction (a required field dropped, a wrong
 * type, an unknown code or enum value, an impossible date, an oversized value, broken JSON), so none
 * may be stored. The seed is fixed so a failure can be replayed.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class HostileInputTest {

    private static final long SEED = 20261127L;
    private static final int REQUESTS = 2500;
    private static final String T = "/api/trainees/F-HOS-1";
    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1'; DROP TABLE domain_event_entry; --", "<script>alert(1)</script>", "../../../../etc/passwd",
            "${jndi:ldap://127.0.0.1/a}", "%00%0d%0aSet-Cookie: x=1", "{{7*7}}", "\u0000\u0001\u0002", "𝕏💉\uD83D",
            "=cmd|' /C calc'!A0");

    private static RunningLedger ledger;
    private static EventStoreRows store;

    /** One endpoint: a valid body, and which of its fields are required, enums, dates, codes, numbers, texts. */
    private record Endpoint(String path, String validBody, List<String> required, List<String> enums, List<String> dates,
                            List<String> codes, List<String> numbers, Map<String, Integer> textLimits) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(T + "/skills", Requests.skill("CRS_MANAGEMENT"), List.of("skill"), List.of(),
                    List.of("occurredAt"), List.of("skill"), List.of(), Map.of("signedOffBy", 64, "notes", 4000)),
            new Endpoint(T + "/attendance", Requests.attendance("MDT_TUMOR_BOARD", true), List.of("activityType"), List.of(),
                    List.of("occurredAt"), List.of("activityType"), List.of("durationMinutes"), Map.of("caseTopic", 500)),
            new Endpoint(T + "/procedures", Requests.procedure("CAR_T_INFUSION_LOCAL", "ASSISTED"),
                    List.of("procedure", "setting", "supervisionLevel"), List.of("setting", "supervisionLevel"),
                    List.of("occurredAt"), List.of("procedure"), List.of(), Map.of("supervisorId", 64)),
            new Endpoint(T + "/rotation-evaluations", Requests.rotationEvaluation(3), List.of("rotation", "milestoneLevels"),
                    List.of(), List.of("occurredAt"), List.of(), List.of(), Map.of("rotation", 200, "evaluatorId", 64)),
            new Endpoint(T + "/technical-assessments", "{\"assessorId\":\"fac-zhao\",\"area\":\"PROCEDURES\",\"level\":3}",
                    List.of("area", "level"), List.of("area"), List.of("occurredAt"), List.of(), List.of("level"),
                    Map.of("assessorId", 64)),
            new Endpoint(T + "/feedback", "{\"facultyId\":\"fac-wang\",\"strengths\":\"Calm under pressure\"}", List.of(),
                    List.of(), List.of("occurredAt"), List.of(), List.of(), Map.of("facultyId", 64, "strengths", 4000)),
            new Endpoint(T + "/research", "{\"projectTitle\":\"CAR-T persistence\",\"milestone\":\"PROJECT_STARTED\"}",
                    List.of("projectTitle", "milestone"), List.of("milestone"), List.of("occurredAt"), List.of(), List.of(),
                    Map.of("projectTitle", 500)),
            new Endpoint(T + "/committee-reviews", Requests.committeeReview(java.time.YearMonth.now().plusYears(5).toString()),
                    List.of("reviewMonth", "decision", "autonomyGranted"), List.of("decision", "autonomyGranted"),
                    List.of("reviewMonth"), List.of(), List.of(), Map.of("feedback", 4000)),
            new Endpoint(T + "/corrections", Requests.correction("no-such-entry", "Wrong trainee"), List.of("correctedEntryId", "reason"),
                    List.of(), List.of("occurredAt"), List.of("correctedEntryId"), List.of(), Map.of("reason", 2000)),
            new Endpoint(T + "/extensions", "{\"newEndDate\":\"2020-01-01\",\"reason\":\"r\",\"approvedBy\":\"dean\"}",
                    List.of("newEndDate", "reason", "approvedBy"), List.of(), List.of("newEndDate"), List.of(), List.of(),
                    Map.of("approvedBy", 64)),
            new Endpoint(T + "/withdrawal", "{\"statement\":\"Family emergency\"}", List.of("statement"), List.of(),
                    List.of("occurredAt"), List.of(), List.of(), Map.of("statement", 4000)),
            new Endpoint("/api/trainees", Requests.enrollFellow("F-HOS-1"), List.of("traineeId", "fullName", "track", "eligibility",
                    "startDate", "endDate"), List.of("track"), List.of("startDate", "endDate"), List.of("traineeId"), List.of(),
                    Map.of("fullName", 200)));

    @BeforeAll
    static void start() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-HOS-1")).status()).isEqualTo(201);
    }

    @Test
    void thousandsOfBadRequestsAreAllAnsweredWithProblemsAndStoreNothing() {
        long eventsBefore = store.count();
        Random random = new Random(SEED);
        List<String> unexpected = new ArrayList<>();

        for (int i = 0; i < REQUESTS; i++) {
            Endpoint endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
            Mutation mutation = mutate(endpoint, random);
            String role = roleFor(mutation.path);
            RunningLedger.Response response = ledger.post(mutation.path, mutation.body, "hostile-" + role.toLowerCase(), role);
            boolean refused = response.status() >= 400 && response.status() < 500
                    && response.status() != 401 && response.status() != 403; // refused for what it says, not who sent it
            boolean problem = response.contentType().startsWith("application/problem+json");
            boolean clean = !response.body().contains("Exception") && !response.body().contains("\tat ");
            if (!refused || !problem || !clean) {
                unexpected.add(mutation.description + " -> " + response);
            }
        }

        assertThat(unexpected).as("requests not refused with a clean problem").isEmpty();
        assertThat(store.count()).as("events stored by bad requests").isEqualTo(eventsBefore);
    }

    /** Query parameters and path segments of the read side, each given a value its type cannot hold. */
    @Test
    void badQueryParametersAndPathsOnTheReadSideAreAnsweredWithProblems() {
        long eventsBefore = store.count();
        Random random = new Random(SEED + 1);
        List<String> numbers = List.of("abc", "1e309", "99999999999999999999", "-1", "NaN", "%20", "1.5");
        List<String> dates = List.of("2026-13-45", "yesterday", "2026-02-30", "0000-00-00T00:00:00Z", "2026-11-27T25:61:00Z");
        List<String> templates = List.of(
                "/api/cohort?status=%s", "/api/cohort?track=%s",
                T + "/dashboard/as-of?recordedAt=%d", T + "/dashboard/as-of?occurredOn=%d", T + "/dashboard/as-of?position=%n",
                T + "/history?page=%n", T + "/history?size=%n", T + "/history?order=%s",
                "/api/ledger/proofs/inclusion?position=%n", "/api/ledger/proofs/inclusion?entryId=%s",
                "/api/ledger/proofs/consistency?from=%n&to=%n", "/api/ledger/tree-heads/%s",
                "/api/trainees/%s/dashboard", "/api/trainees/%s/transcript", "/api/trainees/%s/transcript-bundle",
                "/api/trainees/%s/transcript.pdf", T + "/committee-reviews/%s/reproduction");
        List<String> unexpected = new ArrayList<>();

        for (int i = 0; i < 600; i++) {
            String template = pick(templates, random);
            String path = template
                    .replace("%n", encode(pick(numbers, random)))
                    .replace("%d", encode(pick(dates, random)))
                    .replace("%s", encode("NO-" + pick(INJECTIONS, random)));
            RunningLedger.Response response = ledger.get(path);
            boolean refused = response.status() >= 400 && response.status() < 500
                    && response.status() != 401 && response.status() != 403;
            boolean problem = response.contentType().startsWith("application/problem+json");
            boolean clean = !response.body().contains("Exception") && !response.body().contains("\tat ");
            if (!refused || !problem || !clean) {
                unexpected.add("GET " + path + " -> " + response);
            }
        }

        assertThat(unexpected).as("requests not refused with a clean problem").isEmpty();
        assertThat(store.count()).isEqualTo(eventsBefore);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void freeTextIsStoredExactlyAsSentAndTooLongTextIsRefused() {
        String notes = "  Managed grade 2 CRS;\ttocilizumab x1 — 托珠单抗, \"quoted\", trailing spaces   ";
        ObjectNode body = (ObjectNode) RunningLedger.JSON.readTree(Requests.skill("CRS_MANAGEMENT"));
        body.put("notes", notes);
        String entryId = ledger.post(T + "/skills", body.toString(), "fac-wang", "FACULTY").json().get("entryId").asString();

        JsonNode history = ledger.get(T + "/history?size=500").json().get("entries");
        JsonNode stored = null;
        for (JsonNode entry : history) {
            if (entry.get("entryId").asString().equals(entryId)) {
                stored = entry.get("payload");
            }
        }
        assertThat(stored).isNotNull();
        assertThat(stored.get("notes").asString()).isEqualTo(notes);

        long before = store.count();
        body.put("notes", "x".repeat(4001));
        RunningLedger.Response tooLong = ledger.post(T + "/skills", body.toString(), "fac-wang", "FACULTY");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("notes");
        assertThat(store.count()).isEqualTo(before);
    }

    private record Mutation(String path, String body, String description) {
    }

    private static Mutation mutate(Endpoint endpoint, Random random) {
        ObjectNode body = (ObjectNode) RunningLedger.JSON.readTree(endpoint.validBody());
        int kind = random.nextInt(11);
        String path = endpoint.path();
        switch (kind) {
            case 0 -> {
                String text = endpoint.validBody();
                int cut = 1 + random.nextInt(text.length() - 2);
                return new Mutation(path, text.substring(0, cut), "truncated JSON at " + cut + " on " + path);
            }
            case 1 -> {
                if (endpoint.required().isEmpty()) {
                    return mutate(endpoint, random);
                }
                String field = pick(endpoint.required(), random);
                body.remove(field);
                return new Mutation(path, body.toString(), "without " + field + " on " + path);
            }
            case 2 -> {
                if (endpoint.required().isEmpty()) {
                    return mutate(endpoint, random);
                }
                String field = pick(endpoint.required(), random);
                if (random.nextBoolean()) {
                    body.putArray(field).add("x");
                } else {
                    body.putObject(field).put("nested", true);
                }
                return new Mutation(path, body.toString(), "wrong type for " + field + " on " + path);
            }
            case 3 -> {
                if (endpoint.enums().isEmpty()) {
                    return mutate(endpoint, random);
                }
                String field = pick(endpoint.enums(), random);
                body.put(field, random.nextBoolean() ? "SOMETIMES" : pick(INJECTIONS, random));
                return new Mutation(path, body.toString(), "unknown enum value for " + field + " on " + path);
            }
            case 4 -> {
                String field = pick(endpoint.dates(), random);
                body.put(field, pick(List.of("2026-13-45", "yesterday", "0000-00-00T00:00:00Z", "99999-99-99",
                        "2026-02-30", "", "1e309", "2026-11-27T25:61:00Z"), random));
                return new Mutation(path, body.toString(), "absurd date in " + field + " on " + path);
            }
            case 5 -> {
                if (endpoint.codes().isEmpty()) {
                    return mutate(endpoint, random);
                }
                String field = pick(endpoint.codes(), random);
                body.put(field, pick(INJECTIONS, random));
                return new Mutation(path, body.toString(), "injection-shaped " + field + " on " + path);
            }
            case 6 -> {
                List<String> texts = new ArrayList<>(endpoint.textLimits().keySet());
                String field = pick(texts, random);
                int limit = endpoint.textLimits().get(field);
                body.put(field, "y".repeat(limit + 1 + random.nextInt(3 * limit)));
                return new Mutation(path, body.toString(), "over-long " + field + " on " + path);
            }
            case 7 -> {
                String notJsonObject = pick(List.of("[]", "\"skill\"", "null", "42", "true", "{\"a\":", "}{", "{}{}", ""), random);
                return new Mutation(path, notJsonObject, "body " + notJsonObject + " on " + path);
            }
            case 8 -> {
                if (endpoint.numbers().isEmpty()) {
                    return mutate(endpoint, random);
                }
                String field = pick(endpoint.numbers(), random);
                body.put(field, pick(List.of("many", "3.7.1", "NaN", "-0x10"), random));
                return new Mutation(path, body.toString(), "non-number " + field + " on " + path);
            }
            case 9 -> {
                String huge = "{\"notes\":\"" + "z".repeat(70 * 1024) + "\"}";
                return new Mutation(path, huge, "oversized body on " + path);
            }
            default -> {
                if (!path.startsWith(T)) {
                    return mutate(endpoint, random);
                }
                String stranger = encode(pick(INJECTIONS, random));
                return new Mutation(path.replace("F-HOS-1", "NO-" + stranger), endpoint.validBody(),
                        "unknown, injection-shaped trainee on " + path);
            }
        }
    }

    /** Each request is sent by someone allowed to call the endpoint, so that it is refused for what it says, not who sent it. */
    private static String roleFor(String path) {
        if (path.equals("/api/trainees") || path.endsWith("/extensions") || path.endsWith("/withdrawal")) {
            return "COORDINATOR";
        }
        return path.endsWith("/committee-reviews") ? "COMMITTEE" : "FACULTY";
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
