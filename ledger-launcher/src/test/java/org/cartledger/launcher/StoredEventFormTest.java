package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the ledger stores is its promise: an entry's row in {@code domain_event_entry} (aggregate, sequence, payload
 * type and revision, the payload's and the metadata's bytes) is read by auditors with SQL, hashed into the tree and
 * verified offline, so no change to the code may change it. One entry of each kind is recorded through the HTTP
 * API, with fixed dates, and each row is compared with the form captured in {@code stored-events/}: the payload and
 * the metadata byte for byte, once the values that differ on every run (the ids the ledger makes up, which are
 * UUIDs) are replaced by a name for each, in the order they first appear.
 *
 * <p>To capture the form again after a deliberate change of what is stored (with an upcaster for the old form),
 * run it with {@code -Dstored-events.capture=src/test/resources/stored-events} and review the difference.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class StoredEventFormTest {

    private static final String ENROLLED = "F-FORM-1";
    private static final String WITHDRAWN = "F-FORM-2";
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static RunningLedger ledger;
    private static TestDatabase database;

    @BeforeAll
    static void recordOneEntryOfEachKind() {
        String t = "/api/trainees/" + ENROLLED;
        created(ledger.post("/api/trainees", """
                {"traineeId":"%s","occurredAt":"2025-01-06T08:00:00Z","fullName":"Dr. Mei Chen","track":"FELLOW",
                 "eligibility":{"institution":"Peking Union Medical College Hospital","completedOn":"2024-11-30"},
                 "startDate":"2025-01-06","endDate":"2025-04-30","timeZone":"Asia/Shanghai","mentorId":"fac-wang"}"""
                .formatted(ENROLLED)));
        created(ledger.post(t + "/attendance", """
                {"occurredAt":"2025-01-07T01:00:00Z","activityType":"DAILY_CLINICAL_ROUNDS","durationMinutes":60,
                 "presentedCase":true,"caseTopic":"Mesothelin CAR-T, pleural mesothelioma","notes":"Led the discussion"}""",
                "fac-wang", "FACULTY"));
        String procedure = created(ledger.post(t + "/procedures", """
                {"occurredAt":"2025-01-08T02:00:00Z","procedure":"CAR_T_INFUSION_INTRAVENOUS","setting":"SIMULATION",
                 "supervisionLevel":"DIRECT_SUPERVISION","notes":"Checked the product twice"}""", "fac-zhao", "FACULTY"));
        created(ledger.post(t + "/skills", """
                {"occurredAt":"2025-01-09T03:00:00Z","skill":"CRS_MANAGEMENT","notes":"Managed grade 2 CRS",
                 "onBehalfOf":"fac-zhao"}""", "fac-wang", "FACULTY"));
        created(ledger.post(t + "/rotation-evaluations", """
                {"occurredAt":"2025-01-20T04:00:00Z","rotation":"Cellular therapy inpatient","milestoneLevels":{
                 "PATIENT_CARE":2,"MEDICAL_KNOWLEDGE":3,"PRACTICE_BASED_LEARNING":2,
                 "COMMUNICATION_SKILLS":3,"PROFESSIONALISM":4,"SYSTEMS_BASED_PRACTICE":2},"comments":"Steady progress"}""",
                "fac-wang", "FACULTY"));
        created(ledger.post(t + "/feedback", """
                {"occurredAt":"2025-01-21T05:00:00Z","strengths":"Calm under pressure","areasForImprovement":"Hand-offs",
                 "careerDevelopment":"Consider a research year"}""", "fac-zhao", "FACULTY"));
        created(ledger.post(t + "/technical-assessments", """
                {"occurredAt":"2025-01-22T06:00:00Z","area":"PROCEDURES","procedure":"CAR_T_INFUSION_INTRAVENOUS",
                 "level":3,"comments":"Safe and methodical"}""", "fac-wang", "FACULTY"));
        created(ledger.post(t + "/research", """
                {"occurredAt":"2025-01-23T07:00:00Z","projectTitle":"CAR-T persistence","milestone":"PROJECT_STARTED",
                 "summary":"Protocol approved"}""", "fac-wang", "FACULTY"));
        created(ledger.post(t + "/committee-reviews", """
                {"occurredAt":"2025-02-03T08:00:00Z","reviewMonth":"2025-01","decision":"ON_TRACK",
                 "autonomyGranted":"INDIRECT_SUPERVISION","overallPerformance":"Above expectations",
                 "researchProgress":"Started","teamParticipation":"Active","feedback":"Strong CRS recognition",
                 "adjustedGoals":["Lead one tumor board case"]}""", "ccc-he", "COMMITTEE"));
        created(ledger.post(t + "/corrections", """
                {"occurredAt":"2025-02-04T09:00:00Z","correctedEntryId":"%s","reason":"Logged against the wrong trainee"}"""
                .formatted(procedure), "fac-zhao", "FACULTY"));
        created(ledger.post(t + "/extensions", """
                {"occurredAt":"2025-02-05T10:00:00Z","newEndDate":"2025-05-31","reason":"Parental leave",
                 "approvedBy":"director-zhao"}"""));
        // the program revises the track's set (the default one, version 1, was recorded at the ledger's first start, on
        // today's date, and is left out below); the committee measures the trainee by the revision, which they meet
        created(ledger.post("/api/requirement-sets/FELLOW", """
                {"occurredAt":"2025-02-05T10:30:00Z","effectiveFrom":"2025-01-01","requirements":{"researchPresentations":0,"committeeReviews":1},
                 "reason":"Revised for the pilot: one committee review"}"""));
        created(ledger.post(t + "/requirement-set", """
                {"occurredAt":"2025-02-05T10:45:00Z","version":2,"reason":"Enrolled before the revision; measured by it"}""",
                "ccc-he", "COMMITTEE"));
        created(ledger.post(t + "/completion", """
                {"occurredAt":"2025-02-06T11:00:00Z","statement":"Completed all rotations"}"""));

        created(ledger.post("/api/trainees", """
                {"traineeId":"%s","occurredAt":"2025-01-06T08:00:00Z","fullName":"Dr. Li Wei","track":"RESIDENT",
                 "eligibility":{"programName":"Internal medicine","completedOn":"2024-06-30"},
                 "startDate":"2025-01-06","endDate":"2025-03-31"}""".formatted(WITHDRAWN)));
        created(ledger.post("/api/trainees/" + WITHDRAWN + "/withdrawal", """
                {"occurredAt":"2025-01-15T12:00:00Z","statement":"Family emergency"}"""));
    }

    @Test
    void everyKindOfEntryIsStoredInTheFormCapturedBeforeIt() throws IOException {
        List<ObjectNode> rows = storedRows();
        assertThat(rows).as("one entry of each kind, and a second enrollment").hasSize(16);
        String capture = System.getProperty("stored-events.capture");
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = rows.get(i);
            String name = "%02d-%s.json".formatted(i + 1, simpleName(row.get("payloadType").asString()));
            if (capture != null) {
                Files.writeString(Path.of(capture, name), RunningLedger.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(row) + "\n");
                continue;
            }
            // compared as text: the order of fields and the form of every value are part of what is stored
            assertThat(row.toString()).as(name).isEqualTo(golden(name).toString());
        }
    }

    /**
     * The rows of the two trainees and the revised requirement set, in ledger order. Payload and metadata are kept as the JSON they are, so the files
     * read well; each was written compactly by the ledger, which {@link #compact} checks, so their compact form
     * written again is their bytes.
     */
    private static List<ObjectNode> storedRows() {
        Map<String, String> names = new LinkedHashMap<>();
        List<ObjectNode> rows = new ArrayList<>();
        String sql = "SELECT aggregate_identifier, sequence_number, type, payload_type, payload_revision, "
                + "convert_from(payload, 'UTF8'), convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier IN ('" + ENROLLED + "', '" + WITHDRAWN + "', 'requirements:FELLOW') "
                // the default set, recorded at the first start, is dated that day
                + "AND NOT (aggregate_identifier = 'requirements:FELLOW' AND sequence_number = 0) ORDER BY global_index";
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                ObjectNode row = RunningLedger.JSON.createObjectNode();
                row.put("aggregateIdentifier", result.getString(1));
                row.put("sequenceNumber", result.getLong(2));
                row.put("type", result.getString(3));
                row.put("payloadType", result.getString(4));
                row.put("payloadRevision", result.getString(5));
                row.set("payload", compact(masked(result.getString(6), names)));
                row.set("metaData", compact(masked(result.getString(7), names)));
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return rows;
    }

    /** Each UUID becomes {@code <id-n>}, n counting from the first UUID of the first row, so references stay visible. */
    private static String masked(String json, Map<String, String> names) {
        Matcher uuid = UUID.matcher(json);
        StringBuilder out = new StringBuilder();
        while (uuid.find()) {
            uuid.appendReplacement(out, names.computeIfAbsent(uuid.group(), id -> "<id-" + (names.size() + 1) + ">"));
        }
        return uuid.appendTail(out).toString();
    }

    private static JsonNode compact(String json) {
        JsonNode tree = RunningLedger.JSON.readTree(json);
        assertThat(tree.toString()).as("stored compactly, so the tree written again is the stored text").isEqualTo(json);
        return tree;
    }

    private static JsonNode golden(String name) throws IOException {
        try (InputStream in = StoredEventFormTest.class.getResourceAsStream("/stored-events/" + name)) {
            assertThat(in).as("captured form " + name).isNotNull();
            return RunningLedger.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    private static String created(RunningLedger.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("entryId").asString();
    }
}
