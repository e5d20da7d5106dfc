package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.requirements.FindRequirementProgressQuery;
import org.cartledger.api.requirements.FindRequirementSetsQuery;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.audit.tree.LedgerTree;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A track's requirements revised mid-program, against PostgreSQL: a trainee enrolled under one version stays on it
 * when the next is recorded, one enrolled after is on the next, one the committee moves is on the one it chose; the
 * dashboard as it stood before the revision shows the version then in force. Whatever sets the ledger loads at its
 * first start come first: the versions here are read, not assumed. Sets are defined, and trainees moved, over HTTP.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class RequirementProgressTest {

    private static RunningLedger ledger;
    private static EventStoreRows store;

    /** Two daily rounds; then, revised, three tumor boards instead. */
    private static final RequirementSet ROUNDS = new RequirementSet(List.of(), List.of(),
            List.of(new RequirementSet.AttendanceMinimum("DAILY_CLINICAL_ROUNDS", 2)), List.of(), 0, 0);
    private static final RequirementSet TUMOR_BOARDS = new RequirementSet(List.of(), List.of(),
            List.of(new RequirementSet.AttendanceMinimum("MDT_TUMOR_BOARD", 3)), List.of(), 0, 0);

    private static int before;
    private static int after;
    private static long revisedAt;

    @BeforeAll
    static void aTrackRevisedBetweenTwoEnrollments() {
        before = define(ROUNDS);
        enroll("F-REQ-BEFORE");
        enroll("F-REQ-MOVED");
        enroll("F-REQ-ASOF");
        record("F-REQ-BEFORE", "DAILY_CLINICAL_ROUNDS");
        after = define(TUMOR_BOARDS);
        revisedAt = sets().stream().filter(s -> s.version() == after).findFirst().orElseThrow().ledgerPosition();
        enroll("F-REQ-AFTER");
        record("F-REQ-AFTER", "MDT_TUMOR_BOARD");
        ledger.awaitProjections();
    }

    @Test
    void theSetsOnRecordAreReadFromTheTracksOwnRecordOldestFirst() {
        List<RequirementSetView> sets = sets();

        assertThat(sets).extracting(RequirementSetView::version).endsWith(before, after).isSorted();
        RequirementSetView revised = sets.get(sets.size() - 1);
        assertThat(revised.requirements()).isEqualTo(TUMOR_BOARDS);
        assertThat(revised.recorderId()).isEqualTo("coord-li");
        assertThat(revised.recordedAt()).isNotNull();
        assertThat(ask(new FindRequirementSetsQuery(null))).extracting(RequirementSetView::track).contains(Track.FELLOW);
    }

    @Test
    void theLedgersTreeCoversEachRequirementSetAsAnEntryOfItsOwn() {
        LedgerTree tree = ledger.bean(LedgerTree.class);

        for (RequirementSetView set : sets()) {
            assertThat(tree.positionOfEntry(set.entryId())).contains(set.ledgerPosition());
        }
    }

    @Test
    void aTraineeEnrolledUnderOneVersionStaysOnItWhenTheNextIsRecorded() {
        JsonNode progress = dashboardProgress("F-REQ-BEFORE");

        assertThat(progress.get("version").asInt()).isEqualTo(before);
        assertThat(progress.get("basis").asString()).isEqualTo("IN_FORCE_AT_ENROLLMENT");
        assertThat(progress.get("percent").asInt()).isEqualTo(50);
        assertThat(progress.get("requirements").get(0).get("missing").asString()).contains("1 more").endsWith("(1 of 2)");
    }

    @Test
    void aTraineeEnrolledAfterTheRevisionIsMeasuredByIt() {
        JsonNode progress = dashboardProgress("F-REQ-AFTER");

        assertThat(progress.get("version").asInt()).isEqualTo(after);
        assertThat(progress.get("basis").asString()).isEqualTo("IN_FORCE_AT_ENROLLMENT");
        assertThat(progress.get("percent").asInt()).isEqualTo(33);
    }

    @Test
    void theCommitteeMovesATraineeToTheNewerSetButNeverBack() {
        move("F-REQ-MOVED", after);
        ledger.awaitProjections();

        JsonNode progress = dashboardProgress("F-REQ-MOVED");
        assertThat(progress.get("version").asInt()).isEqualTo(after);
        assertThat(progress.get("basis").asString()).isEqualTo("MOVED_BY_COMMITTEE");
        RunningLedger.Response back = moveOverHttp("F-REQ-MOVED", before);
        assertThat(back.status()).as(back.toString()).isEqualTo(422);
        assertThat(back.json().get("rule").asString()).isEqualTo("requirement-set-not-newer");
        RunningLedger.Response unknown = moveOverHttp("F-REQ-MOVED", after + 40);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.json().get("rule").asString()).isEqualTo("requirement-set-not-found");
        assertThat(dashboardProgress("F-REQ-MOVED").get("version").asInt()).isEqualTo(after);
    }

    @Test
    void theSetsAreReadOverHttpAsTheyAreOnRecord() {
        JsonNode fellows = ledger.get("/api/requirement-sets/FELLOW").json();
        assertThat(fellows.size()).isEqualTo(sets().size());
        JsonNode revised = fellows.get(fellows.size() - 1);
        assertThat(revised.get("version").asInt()).isEqualTo(after);
        assertThat(revised.get("effectiveFrom").asString()).isEqualTo("2020-01-01");
        assertThat(revised.get("requirements").get("attendance").get(0).get("activityType").asString()).isEqualTo("MDT_TUMOR_BOARD");
        assertThat(revised.get("reason").asString()).isEqualTo("Revised for the test");
        JsonNode all = ledger.get("/api/requirement-sets").json();
        assertThat(all.valueStream().map(set -> set.get("track").asString()).distinct()).contains("FELLOW", "RESIDENT", "STUDENT");
        assertThat(ledger.get("/api/requirement-sets/SURGEON").status()).isEqualTo(400);
    }

    @Test
    void aSetThatCannotBeStoredExactlyAsMeantIsRefusedNamingTheFieldAndNothingIsStored() {
        long eventsBefore = store.count();
        RunningLedger.Response unknownSkill = ledger.post("/api/requirement-sets/FELLOW", """
                {"effectiveFrom":"2020-01-01","reason":"x","requirements":{"skills":["CRS_MANAGEMENT","JUGGLING"],
                 "researchPresentations":0,"committeeReviews":0}}""");
        assertThat(unknownSkill.status()).as(unknownSkill.toString()).isEqualTo(422);
        assertThat(unknownSkill.json().get("rule").asString()).isEqualTo("not-in-catalog");
        assertThat(unknownSkill.json().get("detail").asString()).contains("requirements.skills[1]");
        RunningLedger.Response noReason = ledger.post("/api/requirement-sets/FELLOW", """
                {"effectiveFrom":"2020-01-01","requirements":{"researchPresentations":0,"committeeReviews":0}}""");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        RunningLedger.Response unknownField = ledger.post("/api/requirement-sets/FELLOW", """
                {"effectiveFrom":"2020-01-01","reason":"x","requirements":{"researchPresentations":0,"committeeReviews":0,
                 "minimumHours":400}}""");
        assertThat(unknownField.status()).as(unknownField.toString()).isEqualTo(400);
        RunningLedger.Response byFaculty = ledger.post("/api/requirement-sets/FELLOW", """
                {"effectiveFrom":"2020-01-01","reason":"x","requirements":{"researchPresentations":0,"committeeReviews":0}}""",
                "fac-wang", "FACULTY");
        assertThat(byFaculty.status()).as(byFaculty.toString()).isEqualTo(403);
        assertThat(store.count()).isEqualTo(eventsBefore);
        assertThat(sets()).extracting(RequirementSetView::version).endsWith(before, after);
    }

    @Test
    void theProgressACompletionIsCheckedAgainstIsFoldedFromTheLedgerAsTheDashboardShowsIt() {
        Optional<RequirementProgress> progress = ledger.bean(QueryGateway.class).query(
                new FindRequirementProgressQuery(new TraineeId("F-REQ-BEFORE")),
                ResponseTypes.optionalInstanceOf(RequirementProgress.class)).join();

        assertThat(progress).hasValueSatisfying(p -> {
            assertThat(p.version()).isEqualTo(before);
            assertThat(p.percent()).isEqualTo(dashboardProgress("F-REQ-BEFORE").get("percent").asInt());
        });
        assertThat(ledger.bean(QueryGateway.class).query(new FindRequirementProgressQuery(new TraineeId("F-REQ-NOBODY")),
                ResponseTypes.optionalInstanceOf(RequirementProgress.class)).join()).isEmpty();
    }

    @Test
    void theDashboardAsItStoodBeforeTheRevisionShowsTheSetThenInForce() {
        move("F-REQ-ASOF", after);
        ledger.awaitProjections();

        assertThat(dashboardProgress("F-REQ-ASOF").get("version").asInt()).isEqualTo(after);
        RunningLedger.Response then = ledger.get("/api/trainees/F-REQ-ASOF/dashboard/as-of?position=" + (revisedAt - 1));
        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        JsonNode progressThen = then.json().get("progress");
        assertThat(progressThen.get("version").asInt()).isEqualTo(before);
        assertThat(progressThen.get("basis").asString()).isEqualTo("IN_FORCE_AT_ENROLLMENT");
        // at the revision itself the new set is on record, but the trainee enrolled before it: still the old one
        JsonNode atTheRevision = ledger.get("/api/trainees/F-REQ-ASOF/dashboard/as-of?position=" + revisedAt).json().get("progress");
        assertThat(atTheRevision.get("version").asInt()).isEqualTo(before);
    }

    @Test
    void theCohortShowsEachTraineesProgress() {
        JsonNode cohort = ledger.get("/api/cohort").json();
        JsonNode row = null;
        for (JsonNode member : cohort.get("trainees")) {
            if (member.get("traineeId").asString().equals("F-REQ-AFTER")) {
                row = member;
            }
        }
        assertThat(row).as(cohort.toString()).isNotNull();
        assertThat(row.get("standing").get("progressPercent").asInt()).isEqualTo(33);
        assertThat(row.get("standing").get("requirementVersion").asInt()).isEqualTo(after);
    }

    // ---- helpers

    private static List<RequirementSetView> sets() {
        return RequirementSetsInTheLedger.sets(ledger, Track.FELLOW);
    }

    private static List<RequirementSetView> ask(FindRequirementSetsQuery query) {
        return ledger.bean(QueryGateway.class).query(query, ResponseTypes.multipleInstancesOf(RequirementSetView.class)).join();
    }

    private static int define(RequirementSet requirements) {
        return RequirementSetsInTheLedger.define(ledger, Track.FELLOW, requirements);
    }

    private static void move(String traineeId, int version) {
        RunningLedger.Response moved = moveOverHttp(traineeId, version);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
    }

    private static RunningLedger.Response moveOverHttp(String traineeId, int version) {
        return ledger.post("/api/trainees/" + traineeId + "/requirement-set",
                "{\"version\":" + version + ",\"reason\":\"The committee adopts the revised set\"}", "com-zhou", "COMMITTEE");
    }

    private static void enroll(String traineeId) {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(traineeId)).status()).isEqualTo(201);
    }

    private static void record(String traineeId, String activityType) {
        RunningLedger.Response response = ledger.post("/api/trainees/" + traineeId + "/attendance",
                Requests.attendance(activityType, false), "fac-wang", "FACULTY");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static JsonNode dashboardProgress(String traineeId) {
        RunningLedger.Response response = ledger.get("/api/trainees/" + traineeId + "/dashboard");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode progress = response.json().get("progress");
        assertThat(progress).as(response.toString()).isNotNull();
        return progress;
    }
}
