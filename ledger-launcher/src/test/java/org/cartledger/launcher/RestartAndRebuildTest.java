package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The ledger survives a restart, and every read model rebuilt from the events equals the live one. */
class RestartAndRebuildTest {

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void aRestartedLedgerHasEverythingItHadAndGoesOnRecording() {
        String transcriptBefore;
        try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            recordATraineesFirstWeeks(ledger, "F-RST-1");
            ledger.awaitProjections();
            transcriptBefore = ledger.get("/api/trainees/F-RST-1/transcript").body();
        }

        try (RunningLedger restarted = RunningLedger.start(database.springProperties())) {
            restarted.awaitProjections();
            assertThat(restarted.get("/api/trainees/F-RST-1/transcript").body()).isEqualTo(transcriptBefore);
            assertThat(restarted.post("/api/trainees/F-RST-1/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY").status())
                    .isEqualTo(201);
            restarted.awaitProjections();
            JsonNode lines = restarted.get("/api/trainees/F-RST-1/transcript").json().get("entries");
            assertThat(lines.get(lines.size() - 1).get("entryType").asString()).isEqualTo("SkillSignedOff");
        }
    }

    @Test
    void everyReadModelRebuiltFromTheFirstEventEqualsTheLiveOne() {
        try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            recordATraineesFirstWeeks(ledger, "F-RBD-1");
            recordATraineesFirstWeeks(ledger, "F-RBD-2");
            ledger.post("/api/trainees/F-RBD-2/withdrawal", "{\"statement\":\"Moved to another program\"}");
            ledger.awaitProjections();
            List<String> views = List.of("/api/trainees/F-RBD-1/dashboard", "/api/trainees/F-RBD-2/dashboard",
                    "/api/trainees/F-RBD-1/transcript", "/api/trainees/F-RBD-2/transcript", "/api/cohort");
            List<String> live = views.stream().map(path -> ledger.get(path).body()).toList();

            for (String readModel : List.of("dashboard", "cohort", "transcript")) {
                assertThat(ledger.asAdmin().post("/api/admin/projections/" + readModel + "/rebuild", "").status()).isEqualTo(202);
            }
            ledger.awaitProjections();

            assertThat(views.stream().map(path -> ledger.get(path).body()).toList()).isEqualTo(live);
            assertThat(ledger.asAdmin().post("/api/admin/projections/grades/rebuild", "").status()).isEqualTo(404);
        }
    }

    /**
     * A ledger whose transcript was written before it kept each entry's facts: the migration that adds them
     * (query V3) has the transcript rebuilt from the events when the ledger starts, so every line gets them.
     */
    @Test
    void aTranscriptWrittenBeforeItKeptFactsIsRebuiltWithThemWhenTheLedgerStarts() throws SQLException {
        String transcriptWithFacts;
        try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            recordATraineesFirstWeeks(ledger, "F-FCT-1");
            ledger.awaitProjections();
            transcriptWithFacts = ledger.get("/api/trainees/F-FCT-1/transcript").body();
        }
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            // the database as it was before V3: no facts, and neither V3 nor what came after it applied
            asBeforeDashboardItems(sql);
            sql.execute("alter table transcript_entry drop column facts");
            sql.execute("delete from flyway_history_query where version = '3'");
        }

        try (RunningLedger upgraded = RunningLedger.start(database.springProperties())) {
            upgraded.awaitProjections();
            JsonNode transcript = upgraded.get("/api/trainees/F-FCT-1/transcript").json();
            assertThat(transcript.get("entries")).isNotEmpty().allSatisfy(line ->
                    assertThat(line.get("facts").isEmpty()).as(line.toString()).isFalse());
            assertThat(upgraded.get("/api/trainees/F-FCT-1/transcript").body()).isEqualTo(transcriptWithFacts);
        }
    }

    /**
     * A ledger whose dashboards were stored whole, every list inside the one JSON, before the lists became rows of
     * their own (query V4): the migration splits each stored state into its head and its items, so every dashboard
     * reads as it did the moment the ledger starts, and goes on counting from there.
     */
    @Test
    void dashboardsStoredWholeBeforeTheirListsBecameRowsReadTheSameAfterTheUpgrade() throws SQLException {
        List<String> views = List.of("/api/trainees/F-WHL-1/dashboard", "/api/trainees/F-WHL-2/dashboard", "/api/cohort");
        List<String> before;
        try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            recordATraineesFirstWeeks(ledger, "F-WHL-1");
            recordATraineesFirstWeeks(ledger, "F-WHL-2");
            ledger.awaitProjections();
            before = views.stream().map(path -> ledger.get(path).body()).toList();
        }
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            asBeforeDashboardItems(sql);
            try (ResultSet whole = sql.executeQuery("select jsonb_array_length(state -> 'skills'),"
                    + " jsonb_array_length(state -> 'corrected') from trainee_dashboard where trainee_id = 'F-WHL-1'")) {
                assertThat(whole.next()).isTrue();
                assertThat(List.of(whole.getInt(1), whole.getInt(2))).as("sign-offs and corrections stored whole").containsExactly(2, 1);
            }
        }

        try (RunningLedger upgraded = RunningLedger.start(database.springProperties())) {
            upgraded.awaitProjections();
            assertThat(views.stream().map(path -> upgraded.get(path).body()).toList()).isEqualTo(before);

            upgraded.post("/api/trainees/F-WHL-1/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY");
            upgraded.awaitProjections();
            JsonNode dashboard = upgraded.get("/api/trainees/F-WHL-1/dashboard").json();
            JsonNode earlier = upgraded.get("/api/trainees/F-WHL-2/dashboard").json();
            assertThat(dashboard.get("skillsCompleted").asInt()).isEqualTo(earlier.get("skillsCompleted").asInt() + 1);
            assertThat(dashboard.get("entriesCorrected").asInt()).isEqualTo(1);
        }
    }

    /**
     * A ledger whose dashboards were folded before they kept what the committee decides from (rotation evaluations
     * whole, faculty feedback, technical assessments, a review's texts and adjusted goals): the migration that adds
     * them (query V5) has every dashboard rebuilt from the events when the ledger starts, so none silently lacks them.
     */
    @Test
    void dashboardsFoldedBeforeTheyShowedWhatTheCommitteeDecidesFromAreRebuiltWithItWhenTheLedgerStarts() throws SQLException {
        String complete;
        try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            recordATraineesFirstWeeks(ledger, "F-CMT-1");
            recordWhatTheCommitteeDecidesFrom(ledger, "F-CMT-1");
            ledger.awaitProjections();
            complete = ledger.get("/api/trainees/F-CMT-1/dashboard").body();
        }
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            asBeforeTheDashboardWasComplete(sql);
        }

        try (RunningLedger upgraded = RunningLedger.start(database.springProperties())) {
            upgraded.awaitProjections();
            JsonNode dashboard = upgraded.get("/api/trainees/F-CMT-1/dashboard").json();
            assertThat(dashboard.get("facultyFeedback")).hasSize(1);
            assertThat(dashboard.get("technicalAssessments")).hasSize(1);
            assertThat(dashboard.get("rotationEvaluations")).hasSize(1);
            assertThat(dashboard.get("lastCommitteeReview").get("adjustedGoals").get(0).asString())
                    .isEqualTo("Lead one tumor board case");
            assertThat(upgraded.get("/api/trainees/F-CMT-1/dashboard").body()).isEqualTo(complete);
        }
    }

    /**
     * A ledger whose dashboards were folded before they kept where the enrollment is in the ledger (and when each
     * procedure took place): read back, the enrollment would stand at position 0, before every requirement set, so the
     * trainee would be measured by the track's first set whatever was in force. Query V6 has every dashboard rebuilt
     * from the events, so the dashboard reads as it did when folded whole.
     */
    @Test
    void dashboardsFoldedBeforeTheyKeptTheEnrollmentsPositionAreRebuiltWithItWhenTheLedgerStarts() throws SQLException {
        String whole;
        try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            int inForce = RequirementSetsInTheLedger.define(ledger, Track.FELLOW, new RequirementSet(List.of(), List.of(),
                    List.of(new RequirementSet.AttendanceMinimum("MDT_TUMOR_BOARD", 4)), List.of(), 0, 0));
            recordATraineesFirstWeeks(ledger, "F-V6-1");
            ledger.awaitProjections();
            whole = ledger.get("/api/trainees/F-V6-1/dashboard").body();
            JsonNode progress = ledger.get("/api/trainees/F-V6-1/dashboard").json().get("progress");
            assertThat(progress.get("version").asInt()).isEqualTo(inForce);
            assertThat(progress.get("basis").asString()).isEqualTo("IN_FORCE_AT_ENROLLMENT");
        }
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            asBeforeTheDashboardKeptTheEnrollmentsPosition(sql);
        }

        try (RunningLedger upgraded = RunningLedger.start(database.springProperties())) {
            upgraded.awaitProjections();
            JsonNode progress = upgraded.get("/api/trainees/F-V6-1/dashboard").json().get("progress");
            assertThat(progress.get("basis").asString()).isEqualTo("IN_FORCE_AT_ENROLLMENT");
            assertThat(upgraded.get("/api/trainees/F-V6-1/dashboard").body()).isEqualTo(whole);
        }
    }

    /** Query V6 undone: the dashboards as folded before, without the enrollment's position and day or a procedure's time. */
    private static void asBeforeTheDashboardKeptTheEnrollmentsPosition(Statement sql) throws SQLException {
        sql.execute("update trainee_dashboard set state = state - 'enrolledAtPosition' - 'enrolledOn' - 'movedToRequirementVersion'"
                + " - 'requirementMoves'");
        sql.execute("update dashboard_item set item = item - 'occurredAt' where kind = 'procedure'");
        sql.execute("delete from flyway_history_query where version = '6'");
    }

    /** Query V5 undone: the dashboards as folded before, without the new kinds of items or a review's texts and goals. */
    private static void asBeforeTheDashboardWasComplete(Statement sql) throws SQLException {
        sql.execute("delete from dashboard_item where kind in ('evaluation', 'feedback', 'assessment')");
        sql.execute("update dashboard_item set item = item - 'overallPerformance' - 'researchProgress' - 'teamParticipation'"
                + " - 'adjustedGoals' where kind = 'review'");
        sql.execute("delete from flyway_history_query where version = '5'");
        sql.execute("delete from flyway_history_query where version = '6'");
    }

    /** Query V4 (and what came after it) undone: each dashboard state stored whole, its lists in the order they were added, and no items. */
    private static void asBeforeDashboardItems(Statement sql) throws SQLException {
        asBeforeTheDashboardWasComplete(sql);
        sql.execute("""
                update trainee_dashboard d set state = d.state || coalesce((
                    select jsonb_object_agg(case i.kind when 'rating' then 'ratings' when 'procedure' then 'procedures'
                               when 'skill' then 'skills' when 'review' then 'reviews' else i.kind end,
                           i.elements)
                    from (select kind, jsonb_agg(item order by ledger_position, ordinal) as elements from dashboard_item
                          where generation = d.generation and trainee_id = d.trainee_id group by kind) i), '{}')""");
        sql.execute("drop table dashboard_item");
        sql.execute("delete from flyway_history_query where version = '4'");
    }

    private static void recordWhatTheCommitteeDecidesFrom(RunningLedger ledger, String traineeId) {
        String base = "/api/trainees/" + traineeId;
        assertThat(ledger.post(base + "/feedback", """
                {"strengths":"Calm under pressure","areasForImprovement":"Hand-offs",
                 "careerDevelopment":"Consider a research year"}""", "fac-zhao", "FACULTY").status()).isEqualTo(201);
        assertThat(ledger.post(base + "/technical-assessments", """
                {"area":"PROCEDURES","procedure":"CAR_T_INFUSION_INTRAVENOUS","level":3,"comments":"Safe and methodical"}""",
                "fac-wang", "FACULTY").status()).isEqualTo(201);
        assertThat(ledger.post(base + "/committee-reviews", Requests.committeeReview(YearMonth.now().toString()),
                "ccc-he", "COMMITTEE").status()).isEqualTo(201);
    }

    private static void recordATraineesFirstWeeks(RunningLedger ledger, String traineeId) {
        String base = "/api/trainees/" + traineeId;
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(traineeId)).status()).isEqualTo(201);
        ledger.post(base + "/attendance", Requests.attendance("ORIENTATION", false), "fac-wang", "FACULTY");
        ledger.post(base + "/attendance", Requests.attendance("MDT_TUMOR_BOARD", true), "fac-wang", "FACULTY");
        String wrong = ledger.post(base + "/skills", Requests.skill("BIOPSY_TECHNIQUES"), "fac-wang", "FACULTY")
                .json().get("entryId").asString();
        ledger.post(base + "/corrections", Requests.correction(wrong, "Signed off for the wrong skill"), "fac-wang", "FACULTY");
        ledger.post(base + "/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
        ledger.post(base + "/procedures", Requests.procedure("CAR_T_CELL_PREPARATION_AND_QC", "ASSISTED"), "fac-zhao", "FACULTY");
        ledger.post(base + "/rotation-evaluations", Requests.rotationEvaluation(2), "fac-wang", "FACULTY");
        ledger.post(base + "/research", "{\"projectTitle\":\"Mesothelin CAR-T persistence\",\"milestone\":\"PROJECT_STARTED\"}",
                "fac-wang", "FACULTY");
    }
}
