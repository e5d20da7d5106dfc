package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.launcher.ReplayRequests.PROGRAM_ZONE;
import static org.cartledger.launcher.ReplayRequests.attendanceOn;
import static org.cartledger.launcher.ReplayRequests.correction;
import static org.cartledger.launcher.ReplayRequests.extension;
import static org.cartledger.launcher.ReplayRequests.skillOn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.replay.AsItStoodOutcome;
import org.cartledger.api.replay.DashboardAsItStoodView;
import org.cartledger.api.replay.EntryRecordedSince;
import org.cartledger.api.replay.FindDashboardAsItStoodQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dashboards as of a cut, over HTTP against PostgreSQL: what was recorded by an instant or a ledger
 * position, and what had happened by a date, all folded by the live dashboard's own code.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class DashboardAsOfReplayTest {

    private static final LocalDate START = Requests.START;
    private static RunningLedger ledger;
    private static EventStoreRows store;

    @Test
    void eventsRecordedAfterTheCutDoNotAppearInTheDashboardAsOfThatInstantOrPosition() throws Exception {
        String t = "/api/trainees/F-ASOF-1";
        enroll("F-ASOF-1");
        String crs = record(t + "/skills", skillOn("CRS_MANAGEMENT", START.plusDays(1)));
        Thread.sleep(5); // a later recording instant for what follows
        record(t + "/skills", skillOn("TOXICITY_MANAGEMENT", START.plusDays(2)));
        record(t + "/attendance", attendanceOn("DAILY_CLINICAL_ROUNDS", START.plusDays(2)));

        JsonNode byInstant = asOf(t, "recordedAt=" + recordedAtOf(crs));
        JsonNode byPosition = asOf(t, "position=" + positionOf(crs));

        assertThat(byInstant.get("skillsCompleted").asInt()).isEqualTo(1);
        assertThat(signOffs(byInstant, "CRS_MANAGEMENT")).isEqualTo(1);
        assertThat(signOffs(byInstant, "TOXICITY_MANAGEMENT")).isZero();
        assertThat(attended(byInstant, "DAILY_CLINICAL_ROUNDS")).isZero();
        assertThat(byInstant.get("entriesCounted").asInt()).isEqualTo(2);
        assertThat(byInstant.get("ledgerPosition").asLong()).isEqualTo(positionOf(crs));
        assertThat(byInstant.get("today").asString()).isEqualTo(dayOf(recordedAtOf(crs)).toString());
        assertThat(byPosition).isEqualTo(byInstant);

        ledger.awaitProjections();
        assertThat(ledger.get(t + "/dashboard").json().get("skillsCompleted").asInt()).isEqualTo(2);
    }

    @Test
    void correctionsRecordedAfterARecordedOrPositionCutDoNotApplyButDoForAnOccurredDateCut() {
        String t = "/api/trainees/F-ASOF-2";
        enroll("F-ASOF-2");
        String rounds = record(t + "/attendance", attendanceOn("DAILY_CLINICAL_ROUNDS", START.plusDays(2)));
        String skill = record(t + "/skills", skillOn("CRS_MANAGEMENT", START.plusDays(3)));
        record(t + "/corrections", correction(rounds, "Logged against the wrong trainee"));

        for (JsonNode beforeTheCorrection : new JsonNode[] {
                asOf(t, "position=" + positionOf(skill)), asOf(t, "recordedAt=" + recordedAtOf(skill))}) {
            assertThat(attended(beforeTheCorrection, "DAILY_CLINICAL_ROUNDS")).isEqualTo(1);
            assertThat(beforeTheCorrection.get("entriesCorrected").asInt()).isZero();
            assertThat(beforeTheCorrection.get("skillsCompleted").asInt()).isEqualTo(1);
        }

        JsonNode byDate = asOf(t, "occurredOn=" + START.plusDays(5));
        assertThat(attended(byDate, "DAILY_CLINICAL_ROUNDS")).isZero();
        assertThat(byDate.get("entriesCorrected").asInt()).isEqualTo(1);
        assertThat(byDate.get("skillsCompleted").asInt()).isEqualTo(1);

        JsonNode beforeTheSkill = asOf(t, "occurredOn=" + START.plusDays(2));
        assertThat(attended(beforeTheSkill, "DAILY_CLINICAL_ROUNDS")).isZero();
        assertThat(beforeTheSkill.get("entriesCorrected").asInt()).isEqualTo(1);
        assertThat(beforeTheSkill.get("skillsCompleted").asInt()).isZero();
    }

    @Test
    void anOccurredDateCutShowsWhatHadHappenedByThenIncludingEntriesRecordedLater() {
        String t = "/api/trainees/F-ASOF-3";
        enroll("F-ASOF-3");
        record(t + "/skills", skillOn("CRS_MANAGEMENT", START.plusDays(10)));
        record(t + "/skills", skillOn("TUMOR_STAGING", START.plusDays(2)));
        record(t + "/extensions", extension(Requests.END.plusMonths(1)));
        LocalDate cut = START.plusDays(5);

        JsonNode view = asOf(t, "occurredOn=" + cut);

        assertThat(signOffs(view, "TUMOR_STAGING")).as("happened before the cut, recorded after a later entry").isEqualTo(1);
        assertThat(signOffs(view, "CRS_MANAGEMENT")).as("happened after the cut").isZero();
        assertThat(view.get("endDate").asString()).as("the extension was decided after the cut").isEqualTo(Requests.END.toString());
        assertThat(view.get("today").asString()).isEqualTo(cut.toString());
        assertThat(view.get("programDaysDone").asLong()).isEqualTo(6);
        assertThat(view.get("programDaysLeft").asLong()).isEqualTo(ChronoUnit.DAYS.between(cut, Requests.END));
    }

    @Test
    void aDashboardAsOfAPositionEqualsWhatTheLiveDashboardShowedAtThatMoment() {
        String t = "/api/trainees/F-ASOF-4";
        enroll("F-ASOF-4");
        String rounds = record(t + "/attendance", attendanceOn("DAILY_CLINICAL_ROUNDS", START.plusDays(1)));
        record(t + "/procedures", Requests.procedure("CAR_T_INFUSION_INTRAVENOUS", "DIRECT_SUPERVISION"));
        record(t + "/rotation-evaluations", Requests.rotationEvaluation(2));
        record(t + "/committee-reviews", ReplayRequests.committeeReview(YearMonth.from(START).toString(), null));
        ledger.awaitProjections();
        JsonNode shownThen = ledger.get(t + "/dashboard").json();

        record(t + "/rotation-evaluations", Requests.rotationEvaluation(3));
        record(t + "/skills", skillOn("CRS_MANAGEMENT", START.plusDays(1)));
        record(t + "/corrections", correction(rounds, "Wrong day"));
        record(t + "/committee-reviews", ReplayRequests.committeeReview(YearMonth.from(START).plusMonths(1).toString(), null));
        ledger.awaitProjections();
        JsonNode shownNow = ledger.get(t + "/dashboard").json();
        assertThat(withoutTheDayOfAsking(shownNow)).isNotEqualTo(withoutTheDayOfAsking(shownThen));

        JsonNode asOfThen = asOf(t, "position=" + shownThen.get("ledgerPosition").asLong());

        assertThat(withoutTheDayOfAsking(asOfThen)).isEqualTo(withoutTheDayOfAsking(shownThen));
        if (asOfThen.get("today").equals(shownThen.get("today"))) {
            assertThat(asOfThen).isEqualTo(shownThen);
        }
        JsonNode asOfNow = asOf(t, "position=" + shownNow.get("ledgerPosition").asLong());
        assertThat(withoutTheDayOfAsking(asOfNow)).isEqualTo(withoutTheDayOfAsking(shownNow));
    }

    @Test
    void aDashboardAsOfAPositionShowsTheEvaluationsFeedbackAndGoalsRecordedByThenAndNoneAfter() {
        String t = "/api/trainees/F-ASOF-7";
        enroll("F-ASOF-7");
        record(t + "/rotation-evaluations", Requests.rotationEvaluation(2));
        String assessed = record(t + "/technical-assessments", """
                {"area":"COMPLICATION_MANAGEMENT","level":2,"comments":"Recognised grade 2 CRS"}""");
        record(t + "/feedback", """
                {"strengths":"Calm under pressure","areasForImprovement":"Hand-offs"}""");
        record(t + "/committee-reviews", Requests.committeeReview(YearMonth.from(START).toString()));
        ledger.awaitProjections();
        JsonNode shownThen = ledger.get(t + "/dashboard").json();

        record(t + "/feedback", """
                {"strengths":"Led the tumor board","careerDevelopment":"Consider a research year"}""");
        record(t + "/corrections", correction(assessed, "Assessed the wrong trainee"));
        ledger.awaitProjections();

        JsonNode asOfThen = asOf(t, "position=" + shownThen.get("ledgerPosition").asLong());
        assertThat(asOfThen.get("rotationEvaluations")).hasSize(1);
        assertThat(asOfThen.get("technicalAssessments")).hasSize(1);
        assertThat(asOfThen.get("latestTechnicalAssessments").get(0).get("comments").asString()).isEqualTo("Recognised grade 2 CRS");
        assertThat(asOfThen.get("facultyFeedback")).hasSize(1);
        assertThat(asOfThen.get("lastCommitteeReview").get("adjustedGoals").get(0).asString()).isEqualTo("Lead one tumor board case");
        assertThat(withoutTheDayOfAsking(asOfThen)).isEqualTo(withoutTheDayOfAsking(shownThen));

        JsonNode asOfNow = asOf(t, "recordedAt=" + Instant.now());
        assertThat(asOfNow.get("technicalAssessments")).as("taken out by the correction").isEmpty();
        assertThat(asOfNow.get("facultyFeedback")).hasSize(2);
        assertThat(withoutTheDayOfAsking(asOfNow)).isEqualTo(withoutTheDayOfAsking(ledger.get(t + "/dashboard").json()));
    }

    @Test
    void aDashboardAsOfNowFromEitherCutEqualsTheLiveDashboard() {
        String t = "/api/trainees/F-ASOF-5";
        enroll("F-ASOF-5");
        record(t + "/skills", skillOn("CRS_MANAGEMENT", START.plusDays(1)));
        ledger.awaitProjections();
        JsonNode live = ledger.get(t + "/dashboard").json();

        JsonNode byInstant = asOf(t, "recordedAt=" + Instant.now());
        JsonNode byDate = asOf(t, "occurredOn=" + LocalDate.now(PROGRAM_ZONE));

        assertThat(withoutTheDayOfAsking(byInstant)).isEqualTo(withoutTheDayOfAsking(live));
        assertThat(withoutTheDayOfAsking(byDate)).isEqualTo(withoutTheDayOfAsking(live));
    }

    @Test
    void theCommitteesQueryOnTheBusFoldsWhatTheEndpointFoldsAndSaysWhyWhenItCannot() throws Exception {
        String id = "F-ASOF-6";
        String t = "/api/trainees/" + id;
        enroll(id);
        String crs = record(t + "/skills", skillOn("CRS_MANAGEMENT", START.plusDays(1)));
        Thread.sleep(5); // a later recording instant for what follows
        String toxicity = record(t + "/skills", skillOn("TOXICITY_MANAGEMENT", START.plusDays(2)));
        String correction = record(t + "/corrections", correction(crs, "Signed off for the wrong trainee"));
        Instant cut = recordedAtOf(crs);
        LocalDate today = LocalDate.now(PROGRAM_ZONE);

        DashboardAsItStoodView asItStood = ask(FindDashboardAsItStoodQuery.recordedBy(new TraineeId(id), cut));

        assertThat(asItStood.outcome()).isEqualTo(AsItStoodOutcome.SHOWN);
        JsonNode endpoint = asOf(t, "recordedAt=" + cut);
        assertThat(asItStood.then().ledgerPosition()).isEqualTo(endpoint.get("ledgerPosition").asLong());
        assertThat(asItStood.then().skillsCompleted()).isEqualTo(endpoint.get("skillsCompleted").asInt()).isEqualTo(1);
        assertThat(asItStood.today().skillsCompleted()).isEqualTo(1);
        assertThat(asItStood.cutRecordedAt()).isEqualTo(cut);
        assertThat(asItStood.recordedSince()).extracting(EntryRecordedSince::entryId).containsExactly(toxicity, correction);
        assertThat(asItStood.recordedSince()).extracting(EntryRecordedSince::correctsEntryThen).containsExactly(false, true);
        assertThat(asItStood.correctedSince()).singleElement().satisfies(corrected -> {
            assertThat(corrected.entryId()).isEqualTo(crs);
            assertThat(corrected.correctionEntryId()).isEqualTo(correction);
            assertThat(corrected.reason()).isEqualTo("Signed off for the wrong trainee");
            assertThat(corrected.correctedBy()).isEqualTo("fac-wang");
        });

        DashboardAsItStoodView endOfToday = ask(FindDashboardAsItStoodQuery.atTheEndOf(new TraineeId(id), today));
        assertThat(endOfToday.outcome()).isEqualTo(AsItStoodOutcome.SHOWN);
        assertThat(endOfToday.recordedSince()).as("today's end is now: everything is in").isEmpty();
        assertThat(endOfToday.then().ledgerPosition()).isEqualTo(endOfToday.today().ledgerPosition());

        assertThat(ask(FindDashboardAsItStoodQuery.atTheEndOf(new TraineeId("F-NOBODY"), today)).outcome()).isEqualTo(AsItStoodOutcome.NO_SUCH_TRAINEE);
        assertThat(ask(new FindDashboardAsItStoodQuery(new TraineeId(id), null, null, null)).outcome()).isEqualTo(AsItStoodOutcome.NOT_ONE_CUT);
        assertThat(ask(new FindDashboardAsItStoodQuery(new TraineeId(id), cut, today, null)).outcome()).isEqualTo(AsItStoodOutcome.NOT_ONE_CUT);
        assertThat(ask(FindDashboardAsItStoodQuery.atTheEndOf(new TraineeId(id), today.plusDays(1))).outcome()).isEqualTo(AsItStoodOutcome.IN_THE_FUTURE);
        assertThat(ask(FindDashboardAsItStoodQuery.recordedBy(new TraineeId(id), Instant.now().plusSeconds(3600))).outcome())
                .isEqualTo(AsItStoodOutcome.IN_THE_FUTURE);
        DashboardAsItStoodView beforeEnrollment = ask(FindDashboardAsItStoodQuery.atTheEndOf(new TraineeId(id), START.minusDays(5)));
        assertThat(beforeEnrollment.outcome()).isEqualTo(AsItStoodOutcome.BEFORE_ENROLLMENT);
        assertThat(beforeEnrollment.then()).isNull();
        assertThat(beforeEnrollment.today().traineeId()).isEqualTo(new TraineeId(id));
        assertThat(ask(FindDashboardAsItStoodQuery.seenInReview(new TraineeId(id), crs)).outcome())
                .as("a skill is no committee review").isEqualTo(AsItStoodOutcome.NO_SUCH_REVIEW);
    }

    // ---- helpers

    private static DashboardAsItStoodView ask(FindDashboardAsItStoodQuery query) {
        return ledger.bean(QueryGateway.class).query(query, DashboardAsItStoodView.class).join();
    }

    private static void enroll(String traineeId) {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(traineeId)).status()).isEqualTo(201);
    }

    /** Records an entry, signed in as someone whose role may, and answers its id. */
    private static String record(String path, String body) {
        RunningLedger.Response response = path.endsWith("/committee-reviews") ? ledger.post(path, body, "com-zhou", "COMMITTEE")
                : path.endsWith("/extensions") ? ledger.post(path, body)
                : ledger.post(path, body, "fac-wang", "FACULTY");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("entryId").asString();
    }

    private static JsonNode asOf(String trainee, String query) {
        RunningLedger.Response response = ledger.get(trainee + "/dashboard/as-of?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static long positionOf(String entryId) {
        return store.queryLong("SELECT global_index FROM domain_event_entry WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '"
                + entryId + "'");
    }

    private static Instant recordedAtOf(String entryId) {
        return Instant.parse(store.queryString("SELECT time_stamp FROM domain_event_entry "
                + "WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '" + entryId + "'"));
    }

    private static LocalDate dayOf(Instant instant) {
        return instant.atZone(PROGRAM_ZONE).toLocalDate();
    }

    /** The view without what depends on the day it is asked for, which the live dashboard takes from the clock. */
    static JsonNode withoutTheDayOfAsking(JsonNode view) {
        ObjectNode copy = (ObjectNode) view.deepCopy();
        copy.remove("today");
        copy.remove("programDaysDone");
        copy.remove("programDaysLeft");
        return copy;
    }

    private static int signOffs(JsonNode dashboard, String skill) {
        for (JsonNode status : dashboard.get("skills")) {
            if (status.get("skill").asString().equals(skill)) {
                return status.get("signOffs").asInt();
            }
        }
        throw new AssertionError("no status for " + skill);
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
