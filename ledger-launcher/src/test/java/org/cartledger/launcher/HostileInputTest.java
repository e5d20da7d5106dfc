package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.cartledger.users.accounts.NewUserRequest;
import org.cartledger.users.accounts.PasswordRequest;
import org.cartledger.users.accounts.RoleGrantRequest;
import org.cartledger.command.activity.SignOffSkillRequest;
import org.cartledger.command.activity.RecordAttendanceRequest;
import org.cartledger.command.activity.RecordProcedureRequest;
import org.cartledger.command.committee.RecordCommitteeReviewRequest;
import org.cartledger.command.correction.CorrectEntryRequest;
import org.cartledger.command.enrollment.CloseProgramRequest;
import org.cartledger.command.enrollment.CompleteProgramRequest;
import org.cartledger.command.enrollment.EnrollTraineeRequest;
import org.cartledger.command.enrollment.ExtendProgramRequest;
import org.cartledger.command.evaluation.AssessTechnicalCompetencyRequest;
import org.cartledger.command.evaluation.RecordFacultyFeedbackRequest;
import org.cartledger.command.evaluation.RecordRotationEvaluationRequest;
import org.cartledger.command.requirements.DefineRequirementSetRequest;
import org.cartledger.command.requirements.MoveToRequirementSetRequest;
import org.cartledger.command.research.RecordResearchProgressRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Thousands of generated bad requests against every command endpoint (and hundreds against the read
 * side's parameters): each is answered with a
 * problem (never a 500, never a stack trace), and afterwards the store holds exactly what it held
 * before. Every mutation makes a request invalid by construction (a required field dropped, a wrong
 * type, an unknown code or enum value, an impossible date, an oversized value, broken JSON), so none
 * may be stored. The seed is fixed so a failure can be replayed.
 *
 * <p>Then what the ledger accepts as input, case by case: every text field of every request (found by
 * reflection in the request records) with each character no text may hold; loose JSON (unknown
 * fields, coercions, inexact enums, duplicate keys, trailing tokens); path segments and query
 * parameters that are no ids; and text people really write, which must be stored exactly.
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

    /** Where a text may go, found in the request records themselves: each endpoint, who may call it, its record and a valid body. */
    private record TextEndpoint(String method, String path, String role, Class<?> request, String validBody) {
    }

    private static final List<TextEndpoint> TEXT_ENDPOINTS = List.of(
            new TextEndpoint("POST", T + "/skills", "FACULTY", SignOffSkillRequest.class, Requests.skill("CRS_MANAGEMENT")),
            new TextEndpoint("POST", T + "/attendance", "FACULTY", RecordAttendanceRequest.class,
                    Requests.attendance("MDT_TUMOR_BOARD", true)),
            new TextEndpoint("POST", T + "/procedures", "FACULTY", RecordProcedureRequest.class,
                    Requests.procedure("CAR_T_INFUSION_LOCAL", "ASSISTED")),
            new TextEndpoint("POST", T + "/rotation-evaluations", "FACULTY", RecordRotationEvaluationRequest.class,
                    Requests.rotationEvaluation(3)),
            new TextEndpoint("POST", T + "/technical-assessments", "FACULTY", AssessTechnicalCompetencyRequest.class,
                    "{\"assessorId\":\"fac-zhao\",\"area\":\"PROCEDURES\",\"level\":3}"),
            new TextEndpoint("POST", T + "/feedback", "FACULTY", RecordFacultyFeedbackRequest.class,
                    "{\"facultyId\":\"fac-wang\",\"strengths\":\"Calm under pressure\"}"),
            new TextEndpoint("POST", T + "/research", "FACULTY", RecordResearchProgressRequest.class,
                    "{\"projectTitle\":\"CAR-T persistence\",\"milestone\":\"PROJECT_STARTED\"}"),
            new TextEndpoint("POST", T + "/committee-reviews", "COMMITTEE", RecordCommitteeReviewRequest.class,
                    Requests.committeeReview(java.time.YearMonth.now().toString())),
            new TextEndpoint("POST", T + "/requirement-set", "COMMITTEE", MoveToRequirementSetRequest.class,
                    "{\"version\":99,\"reason\":\"Program revised\"}"),
            new TextEndpoint("POST", "/api/requirement-sets/RESIDENT", "COORDINATOR", DefineRequirementSetRequest.class,
                    "{\"effectiveFrom\":\"2099-01-01\",\"reason\":\"Revision\",\"requirements\":{\"skills\":[\"CRS_MANAGEMENT\"],"
                            + "\"researchPresentations\":0,\"committeeReviews\":0}}"),
            new TextEndpoint("POST", T + "/corrections", "COORDINATOR", CorrectEntryRequest.class,
                    Requests.correction("no-such-entry", "Wrong trainee")),
            new TextEndpoint("POST", T + "/extensions", "COORDINATOR", ExtendProgramRequest.class,
                    "{\"newEndDate\":\"" + Requests.END.plusDays(7) + "\",\"reason\":\"Sick leave\",\"approvedBy\":\"dean-liu\"}"),
            new TextEndpoint("POST", T + "/withdrawal", "COORDINATOR", CloseProgramRequest.class, "{\"statement\":\"Family emergency\"}"),
            new TextEndpoint("POST", T + "/completion", "COORDINATOR", CompleteProgramRequest.class,
                    "{\"statement\":\"All done\",\"waiver\":{\"reason\":\"Left early by agreement\",\"approvedBy\":\"" + RunningLedger.COORDINATOR + "\"}}"),
            new TextEndpoint("POST", "/api/trainees", "COORDINATOR", EnrollTraineeRequest.class, Requests.enrollFellow("F-HOS-TEXT")),
            new TextEndpoint("POST", "/api/admin/users", "ADMIN", NewUserRequest.class,
                    "{\"id\":\"text-user\",\"password\":\"a-long-enough-password\",\"roles\":[\"FACULTY\"]}"),
            new TextEndpoint("POST", "/api/admin/users/hostile-faculty/roles", "ADMIN", RoleGrantRequest.class, "{\"roles\":[\"FACULTY\"]}"),
            new TextEndpoint("PUT", "/api/admin/users/hostile-faculty/password", "ADMIN", PasswordRequest.class,
                    "{\"password\":\"a-long-enough-password\"}"),
            new TextEndpoint("PUT", "/api/me/password", "FACULTY", PasswordRequest.class, "{\"password\":\"a-long-enough-password\"}"));

    /** Characters no text in the ledger may hold (a NUL cannot even be stored by PostgreSQL), each inside otherwise fine text. */
    private static final List<String> NEVER_IN_TEXT = List.of("\u0000", "\u0001", "\u001B", "\u007F", "\u0085", "\u009F",
            "\uD800", "\uDC00", "\uDBFF", "\u202A", "\u202E", "\u2066", "\u2069", "\uFEFF", "\uFFFE", "\uFDD0");
    /** Line breaks and tabs: only in the fields declared to hold several lines. */
    private static final List<String> ONLY_IN_MULTILINE_TEXT = List.of("\t", "\n", "\r", "\u2028");
    private static final String HERE = "@@here@@";
    /** Writes every non-ASCII character as a JSON escape, so that a lone surrogate reaches the server as {@code \ud800}. */
    private static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @Test
    void controlCharactersLoneSurrogatesAndBidiOverridesAreRefusedInEveryTextFieldOfEveryRequest() {
        TEXT_ENDPOINTS.forEach(endpoint -> callerFor(endpoint.role())); // the test's own users exist before counting
        long eventsBefore = store.count();
        long usersBefore = store.queryLong("SELECT count(*) FROM ledger_user");
        String passwordsBefore = store.queryString("SELECT string_agg(password_hash, ',' ORDER BY id) FROM ledger_user");
        List<String> unexpected = new ArrayList<>();
        int sent = 0;

        for (TextEndpoint endpoint : TEXT_ENDPOINTS) {
            List<RequestTextFields.Slot> slots = RequestTextFields.of(endpoint.request());
            assertThat(slots).as("text fields of " + endpoint.request().getSimpleName()).isNotEmpty();
            for (RequestTextFields.Slot slot : slots) {
                List<String> refused = new ArrayList<>(NEVER_IN_TEXT);
                if (!slot.multiline()) {
                    refused.addAll(ONLY_IN_MULTILINE_TEXT);
                }
                for (String bad : refused) {
                    ObjectNode body = (ObjectNode) RunningLedger.JSON.readTree(endpoint.validBody());
                    slot.put().accept(body, "Dr" + HERE + "Chen");
                    // as a JSON escape, in names too: a lone surrogate cannot be sent any other way
                    String json = ESCAPING.writeValueAsString(body).replace(HERE, String.format("\\u%04x", (int) bad.charAt(0)));
                    RunningLedger.Response response = callerFor(endpoint.role()).send(endpoint.method(), endpoint.path(), json);
                    sent++;
                    String what = endpoint.method() + " " + endpoint.path() + " " + slot.field() + " with U+"
                            + String.format("%04X", (int) bad.charAt(0)) + " -> " + response;
                    // the JSON parser itself cannot decode a lone surrogate in a property name: malformed JSON, no field to name
                    boolean unreadableName = slot.key() && Character.isSurrogate(bad.charAt(0)) && response.status() == 400
                            && response.contentType().startsWith("application/problem+json") && response.body().contains("malformed-json");
                    if (!unreadableName && (response.status() != 400 || !response.contentType().startsWith("application/problem+json")
                            || !namesField(response, slot.field()))) {
                        unexpected.add(what);
                    }
                }
            }
        }

        assertThat(sent).isGreaterThan(500);
        assertThat(unexpected).as("text not refused with a problem naming the field").isEmpty();
        assertThat(store.count()).as("events stored").isEqualTo(eventsBefore);
        assertThat(store.queryLong("SELECT count(*) FROM ledger_user")).as("users created").isEqualTo(usersBefore);
        assertThat(store.queryString("SELECT string_agg(password_hash, ',' ORDER BY id) FROM ledger_user"))
                .as("passwords changed").isEqualTo(passwordsBefore);
    }

    @Test
    void textPeopleWriteIsStoredExactlyAsSent() {
        ObjectNode enrollment = (ObjectNode) RunningLedger.JSON.readTree(Requests.enrollFellow("F-HOS-CHEN"));
        enrollment.put("fullName", "陈美 (Chén Měi) — Zoë Ñúñez-O'Brien 👩🏽‍⚕️");
        ((ObjectNode) enrollment.get("eligibility")).put("institution", "Hôpital Saint-Louis, Paris · 北京协和医院");
        assertThat(ledger.post("/api/trainees", enrollment.toString()).status()).isEqualTo(201);

        String notes = "Line one 托珠单抗\nLine two\r\n\tindented, with an emoji 💉 and a mark \u200F";
        ObjectNode skill = (ObjectNode) RunningLedger.JSON.readTree(Requests.skill("CRS_MANAGEMENT"));
        skill.put("notes", notes);
        // sent once as raw UTF-8 and once with every character escaped: both are the same text
        RunningLedger.Response raw = ledger.post("/api/trainees/F-HOS-CHEN/skills", skill.toString(), "fac-wang", "FACULTY");
        RunningLedger.Response escaped = ledger.post("/api/trainees/F-HOS-CHEN/skills", ESCAPING.writeValueAsString(skill),
                "fac-wang", "FACULTY");
        assertThat(raw.status()).as(raw.toString()).isEqualTo(201);
        assertThat(escaped.status()).as(escaped.toString()).isEqualTo(201);

        JsonNode entries = ledger.get("/api/trainees/F-HOS-CHEN/history?size=500").json().get("entries");
        assertThat(entries.get(0).get("payload").get("fullName").asString()).isEqualTo("陈美 (Chén Měi) — Zoë Ñúñez-O'Brien 👩🏽‍⚕️");
        assertThat(entries.get(0).get("payload").get("eligibility").get("institution").asString())
                .isEqualTo("Hôpital Saint-Louis, Paris · 北京协和医院");
        assertThat(entries.get(1).get("payload").get("notes").asString()).isEqualTo(notes);
        assertThat(entries.get(2).get("payload").get("notes").asString()).isEqualTo(notes);
    }

    /** path, role, body, the field the refusal must name ("" for a body that is not one JSON object) */
    static Stream<Arguments> strictJson() {
        String review = Requests.committeeReview(java.time.YearMonth.now().toString());
        return Stream.of(
                // unknown fields are refused, not ignored: a misspelled occurred time must not become "now"
                Arguments.of(T + "/skills", "FACULTY", "{\"skill\":\"CRS_MANAGEMENT\",\"signedOffBy\":\"fac-wang\","
                        + "\"occuredAt\":\"2026-01-05T08:00:00Z\"}", "occuredAt"),
                Arguments.of(T + "/attendance", "FACULTY", "{\"activityType\":\"JOURNAL_CLUB\",\"presentedCase\":false,\"recorderId\":\"someone-else\"}",
                        "recorderId"),
                Arguments.of("/api/trainees", "COORDINATOR", Requests.enrollFellow("F-HOS-UNK").replace("\"completedOn\"",
                        "\"instituton\":\"PUMCH\",\"completedOn\""), "eligibility.instituton"),
                Arguments.of("/api/admin/users", "ADMIN", "{\"id\":\"x-user\",\"password\":\"a-long-enough-password\","
                        + "\"roles\":[\"FACULTY\"],\"isAdmin\":true}", "isAdmin"),
                // numbers are not read from strings, nor cut from fractions
                Arguments.of(T + "/technical-assessments", "FACULTY", "{\"assessorId\":\"fac-zhao\",\"area\":\"PROCEDURES\",\"level\":\"3\"}",
                        "level"),
                Arguments.of(T + "/technical-assessments", "FACULTY", "{\"assessorId\":\"fac-zhao\",\"area\":\"PROCEDURES\",\"level\":2.7}",
                        "level"),
                Arguments.of(T + "/technical-assessments", "FACULTY", "{\"assessorId\":\"fac-zhao\",\"area\":\"PROCEDURES\",\"level\":3.0}",
                        "level"),
                Arguments.of(T + "/rotation-evaluations", "FACULTY", Requests.rotationEvaluation(3).replace("\"PATIENT_CARE\":3",
                        "\"PATIENT_CARE\":2.7"), "milestoneLevels.PATIENT_CARE"),
                Arguments.of(T + "/rotation-evaluations", "FACULTY", Requests.rotationEvaluation(3).replace("\"PATIENT_CARE\":3",
                        "\"PATIENT_CARE\":\"3\""), "milestoneLevels.PATIENT_CARE"),
                Arguments.of(T + "/attendance", "FACULTY", "{\"activityType\":\"JOURNAL_CLUB\",\"durationMinutes\":90.9}", "durationMinutes"),
                Arguments.of(T + "/attendance", "FACULTY", "{\"activityType\":\"JOURNAL_CLUB\",\"durationMinutes\":\"90\"}", "durationMinutes"),
                Arguments.of(T + "/committee-reviews", "COMMITTEE", review.replace("\"decision\"", "\"basedOnLedgerPosition\":\"2\","
                        + "\"decision\""), "basedOnLedgerPosition"),
                Arguments.of(T + "/committee-reviews", "COMMITTEE", review.replace("\"decision\"", "\"basedOnLedgerPosition\":2.5,"
                        + "\"decision\""), "basedOnLedgerPosition"),
                // a whole number too large for its field is named like any other wrong value, not "not valid JSON"
                Arguments.of(T + "/committee-reviews", "COMMITTEE", review.replace("\"decision\"", "\"basedOnLedgerPosition\":"
                        + "99999999999999999999,\"decision\""), "basedOnLedgerPosition"),
                Arguments.of(T + "/committee-reviews", "COMMITTEE", review.replace("\"decision\"", "\"basedOnLedgerPosition\":"
                        + "9223372036854775808,\"decision\""), "basedOnLedgerPosition"),
                Arguments.of(T + "/attendance", "FACULTY", "{\"activityType\":\"JOURNAL_CLUB\",\"durationMinutes\":2147483648}",
                        "durationMinutes"),
                // a time is the ISO-8601 string, not a count of seconds
                Arguments.of(T + "/skills", "FACULTY", "{\"skill\":\"CRS_MANAGEMENT\",\"signedOffBy\":\"fac-wang\","
                        + "\"occurredAt\":1773477000}", "occurredAt"),
                // booleans are true or false
                Arguments.of(T + "/attendance", "FACULTY", "{\"activityType\":\"JOURNAL_CLUB\",\"presentedCase\":0}", "presentedCase"),
                Arguments.of(T + "/attendance", "FACULTY", "{\"activityType\":\"JOURNAL_CLUB\",\"presentedCase\":\"false\"}", "presentedCase"),
                Arguments.of(T + "/attendance", "FACULTY", "{\"activityType\":\"JOURNAL_CLUB\",\"presentedCase\":null}", "presentedCase"),
                Arguments.of("/api/trainees", "COORDINATOR", Requests.enrollFellow("F-HOS-BOOL").replace("\"completedOn\"",
                        "\"coreClerkshipsComplete\":1,\"completedOn\""), "eligibility.coreClerkshipsComplete"),
                // text is a string, not a number or a boolean made into one
                Arguments.of(T + "/skills", "FACULTY", "{\"skill\":42,\"signedOffBy\":\"fac-wang\"}", "skill"),
                Arguments.of(T + "/skills", "FACULTY", "{\"skill\":\"CRS_MANAGEMENT\",\"signedOffBy\":true}", "signedOffBy"),
                Arguments.of(T + "/research", "FACULTY", "{\"projectTitle\":3.14,\"milestone\":\"PROJECT_STARTED\"}", "projectTitle"),
                Arguments.of(T + "/committee-reviews", "COMMITTEE", review.replace("[\"Lead one tumor board case\"]", "[\"a\",7]"),
                        "adjustedGoals[1]"),
                Arguments.of(T + "/committee-reviews", "COMMITTEE", review.replace("[\"Lead one tumor board case\"]",
                        "\"Lead one tumor board case\""), "adjustedGoals"),
                // enums exactly as listed by GET /api/catalog: no other case, no index
                Arguments.of(T + "/procedures", "FACULTY", Requests.procedure("CAR_T_INFUSION_LOCAL", "assisted"), "supervisionLevel"),
                Arguments.of(T + "/procedures", "FACULTY", Requests.procedure("CAR_T_INFUSION_LOCAL", "ASSISTED "), "supervisionLevel"),
                Arguments.of(T + "/procedures", "FACULTY", Requests.procedure("CAR_T_INFUSION_LOCAL", "ASSISTED")
                        .replace("\"SIMULATION\"", "0"), "setting"),
                Arguments.of(T + "/committee-reviews", "COMMITTEE", review.replace("\"ON_TRACK\"", "1"), "decision"),
                Arguments.of(T + "/committee-reviews", "COMMITTEE", review.replace("\"ON_TRACK\"", "\"1\""), "decision"),
                Arguments.of("/api/trainees", "COORDINATOR", Requests.enrollFellow("F-HOS-ENUM").replace("\"FELLOW\"", "\"Fellow\""),
                        "track"),
                Arguments.of("/api/admin/users", "ADMIN", "{\"id\":\"y-user\",\"password\":\"a-long-enough-password\","
                        + "\"roles\":[\"faculty\"]}", "roles[0]"),
                // one value per field: a second "skill" must not silently win
                Arguments.of(T + "/skills", "FACULTY", "{\"skill\":\"CRS_MANAGEMENT\",\"signedOffBy\":\"fac-wang\","
                        + "\"skill\":\"TUMOR_STAGING\"}", "skill"),
                Arguments.of("/api/trainees", "COORDINATOR", Requests.enrollFellow("F-HOS-DUP").replace("\"completedOn\"",
                        "\"institution\":\"Elsewhere\",\"completedOn\""), "eligibility.institution"),
                // one JSON object and nothing after it
                Arguments.of(T + "/skills", "FACULTY", Requests.skill("CRS_MANAGEMENT") + " {\"skill\":\"TUMOR_STAGING\"}", ""),
                Arguments.of(T + "/skills", "FACULTY", Requests.skill("CRS_MANAGEMENT") + " x", ""),
                Arguments.of(T + "/skills", "FACULTY", Requests.skill("CRS_MANAGEMENT") + "]", ""));
    }

    @ParameterizedTest
    @MethodSource("strictJson")
    void looseJsonIsRefusedNamingTheFieldAndNothingIsStored(String path, String role, String body, String field) {
        long eventsBefore = store.count();
        long usersBefore = store.queryLong("SELECT count(*) FROM ledger_user");

        RunningLedger.Response response = callerFor(role).post(path, body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field.isEmpty()) {
            assertThat(response.json().get("rule").asString()).isEqualTo("malformed-json");
        } else {
            assertThat(namesField(response, field)).as(response.toString()).isTrue();
        }
        assertThat(store.count()).isEqualTo(eventsBefore);
        assertThat(store.queryLong("SELECT count(*) FROM ledger_user")).isEqualTo(usersBefore);
    }

    /** Path segments and query parameters: an id must look like one, and no parameter may hold what no text may. */
    static Stream<Arguments> badParameters() {
        String rlo = "%E2%80%AE";
        String tooLong = "F-" + "1".repeat(63);
        return Stream.of(
                Arguments.of("GET", "/api/trainees/" + rlo + "F-HOS-1/dashboard", "traineeId"),
                Arguments.of("GET", "/api/trainees/F-HOS-1" + rlo + "/transcript", "traineeId"),
                Arguments.of("GET", "/api/trainees/F-HOS%E2%81%A6-1/history", "traineeId"),
                Arguments.of("GET", "/api/trainees/" + tooLong + "/dashboard", "traineeId"),
                Arguments.of("GET", "/api/trainees/F%20HOS-1/dashboard", "traineeId"),
                Arguments.of("GET", "/api/trainees/F-HOS-%C3%A9/transcript.csv", "traineeId"),
                Arguments.of("GET", "/api/trainees/F-HOS-1/committee-reviews/" + rlo + "abc/reproduction", "entryId"),
                Arguments.of("GET", "/api/trainees/F-HOS-1/history?order=recorded" + rlo, "order"),
                Arguments.of("GET", "/api/ledger/proofs/inclusion?entryId=" + rlo + "abc", "entryId"),
                Arguments.of("GET", "/api/ledger/proofs/inclusion?entryId=%EF%BB%BFabc", "entryId"),
                Arguments.of("POST", "/api/trainees/F-HOS-1" + rlo + "/skills", "traineeId"),
                Arguments.of("POST", "/api/trainees/" + tooLong + "/skills", "traineeId"));
    }

    @ParameterizedTest
    @MethodSource("badParameters")
    void badPathSegmentsAndQueryParametersAreRefusedNamingTheParameter(String method, String path, String parameter) {
        long eventsBefore = store.count();

        RunningLedger.Response response = method.equals("GET") ? ledger.get(path)
                : ledger.post(path, Requests.skill("CRS_MANAGEMENT"), "hostile-faculty", "FACULTY");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(namesField(response, parameter)).as(response.toString()).isTrue();
        assertThat(store.count()).isEqualTo(eventsBefore);
    }

    /**
     * Spring Security's firewall checks a parameter's name only when it is first read, inside Spring MVC: a control
     * character there used to reach the catch-all and be answered 500 internal-error, a fault of the ledger.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/cohort?%00=1", "/api/cohort?a%01b=ENROLLED", T + "/history?%7F=1", T + "/dashboard?%0A=1"})
    void aControlCharacterInAParameterNameIsRefusedNotAFault(String path) {
        RunningLedger.Response response = ledger.get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo("request-rejected");
    }

    @Test
    void aControlCharacterInAParameterNameOfACommandStoresNothing() {
        long eventsBefore = store.count();

        RunningLedger.Response response = ledger.post(T + "/skills?%00=1", Requests.skill("CRS_MANAGEMENT"), "hostile-faculty", "FACULTY");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("rule").asString()).isEqualTo("request-rejected");
        assertThat(store.count()).isEqualTo(eventsBefore);
    }

    @Test
    void theAdministratorsPathsCheckTheirParametersToo() {
        assertThat(namesField(ledger.asAdmin().post("/api/admin/users/x%E2%80%AEy/roles", "{\"roles\":[\"FACULTY\"]}"), "userId")).isTrue();
        assertThat(namesField(ledger.asAdmin().post("/api/admin/projections/cohort%E2%80%AE/rebuild", ""), "readModel")).isTrue();
    }

    /** A client builds its forms from the catalog: every enum any request takes is listed there, each value labelled. */
    @Test
    void everyValueOfEveryEnumARequestTakesIsListedByTheCatalogWithLabels() {
        JsonNode choices = ledger.get("/api/catalog").json().get("choices");
        Map<String, List<String>> listed = new java.util.HashMap<>();
        for (var set : choices.properties()) {
            List<String> codes = new ArrayList<>();
            for (JsonNode choice : set.getValue()) {
                assertThat(choice.get("label").asString()).as(choice.toString()).isNotBlank();
                assertThat(choice.get("labelZh").asString()).as(choice.toString()).isNotBlank();
                codes.add(choice.get("code").asString());
            }
            listed.put(set.getKey(), codes);
        }
        java.util.Set<Class<?>> enums = new java.util.LinkedHashSet<>();
        TEXT_ENDPOINTS.forEach(endpoint -> enumsIn(endpoint.request(), enums));
        enums.add(org.cartledger.api.cohort.TraineeStatus.class); // GET /api/cohort?status=
        assertThat(enums).hasSizeGreaterThanOrEqualTo(9);
        for (Class<?> type : enums) {
            List<String> codes = java.util.Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name()).toList();
            assertThat(listed.values()).as(type.getSimpleName() + " in GET /api/catalog").contains(codes);
        }
    }

    private static void enumsIn(Class<?> record, java.util.Set<Class<?>> enums) {
        for (java.lang.reflect.RecordComponent component : record.getRecordComponents()) {
            java.lang.reflect.Type type = component.getGenericType();
            if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
                type = parameterized.getActualTypeArguments()[0];
            }
            if (type instanceof Class<?> raw && raw.isEnum()) {
                enums.add(raw);
            } else if (type instanceof Class<?> raw && raw.isRecord()) {
                enumsIn(raw, enums);
            }
        }
    }

    private static boolean namesField(RunningLedger.Response response, String field) {
        if (!response.contentType().startsWith("application/problem+json") || response.status() != 400) {
            return false;
        }
        JsonNode errors = response.json().get("errors");
        if (errors == null || errors.isEmpty()) {
            return false;
        }
        for (JsonNode error : errors) {
            if (!error.get("field").asString().equals(field)) {
                return false;
            }
        }
        return true;
    }

    private static RunningLedger.Caller callerFor(String role) {
        return switch (role) {
            case "ADMIN" -> ledger.asAdmin();
            case "COORDINATOR" -> ledger.as(RunningLedger.COORDINATOR, "COORDINATOR");
            default -> ledger.as("hostile-" + role.toLowerCase(), role);
        };
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
