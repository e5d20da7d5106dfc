package org.cartledger.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.cartledger.query.LedgerEvents.END;
import static org.cartledger.query.LedgerEvents.TRAINEE_ID;
import static org.cartledger.query.LedgerEvents.assessed;
import static org.cartledger.query.LedgerEvents.attended;
import static org.cartledger.query.LedgerEvents.completed;
import static org.cartledger.query.LedgerEvents.corrected;
import static org.cartledger.query.LedgerEvents.enrolled;
import static org.cartledger.query.LedgerEvents.evaluated;
import static org.cartledger.query.LedgerEvents.everyCompetencyAt;
import static org.cartledger.query.LedgerEvents.extended;
import static org.cartledger.query.LedgerEvents.feedback;
import static org.cartledger.query.LedgerEvents.on;
import static org.cartledger.query.LedgerEvents.reviewed;
import static org.cartledger.query.LedgerEvents.skillSignedOff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.dashboard.FindTraineeDashboardQuery;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.query.RunningQuerySide;
import org.cartledger.query.processing.GenerationSwap;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.ReadModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard read model in PostgreSQL: events folded into the stored state, read through the query handler. */
class DashboardProjectionTest {

    /** 20:00 UTC on 14 May is already 04:00 on 15 May at the program's site in Shanghai. */
    private static final Instant NOW = Instant.parse("2025-05-14T20:00:00Z");
    private static final LocalDate SITE_TODAY = LocalDate.of(2025, 5, 15);
    private static final String CRS = "CRS_MANAGEMENT";

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide(NOW);

    private DashboardProjection projection;
    private DashboardQueryHandler queries;

    @BeforeEach
    void setUp() {
        // the tests swap generations themselves: with no events in the store, a rebuild is "caught up" at once
        // and the scheduled swap would serve it within 200 ms, racing the assertions about the generation before
        querySide.bean(GenerationSwap.class).stop();
        querySide.emptyReadModels();
        projection = querySide.bean(DashboardProjection.class);
        queries = querySide.bean(DashboardQueryHandler.class);
    }

    @Test
    void showsTheDashboardFoldedFromTheStoredState() {
        LedgerEntryEvent[] history = {
                enrolled(),
                evaluated("entry-march", on(3, 31), everyCompetencyAt(2)),
                evaluated("entry-april", on(4, 30), Map.of("PATIENT_CARE", 3)),
                attended("entry-rounds", "GRAND_ROUNDS", true),
                skillSignedOff("entry-crs", on(4, 2), CRS),
                reviewed("entry-review", on(4, 25), YearMonth.of(2025, 4), CommitteeDecision.ON_TRACK,
                        AutonomyLevel.INDIRECT_SUPERVISION)};
        for (int position = 0; position < history.length; position++) {
            record(history[position], position);
        }

        TraineeDashboardView view = dashboard(TRAINEE_ID).orElseThrow();

        assertThat(view).isEqualTo(DashboardViews.of(DashboardFoldTest.fold(history), SITE_TODAY));
        assertThat(view.track()).isEqualTo(Track.FELLOW);
        assertThat(view.skillsCompleted()).isEqualTo(1);
        assertThat(view.currentAutonomy()).isEqualTo(AutonomyLevel.INDIRECT_SUPERVISION);
        assertThat(view.entriesCounted()).isEqualTo(history.length);
        assertThat(view.ledgerPosition()).isEqualTo(history.length - 1);
    }

    @Test
    void takesTodayAtTheProgramsSiteNotOnTheServersClock() {
        record(enrolled(), 1);

        TraineeDashboardView view = dashboard(TRAINEE_ID).orElseThrow();

        assertThat(view.today()).isEqualTo(SITE_TODAY);
        assertThat(view.programDaysDone()).isEqualTo(29 + 30 + 15);
    }

    @Test
    void answersNothingForATraineeItHasNoEventsFor() {
        record(enrolled(), 1);

        assertThat(dashboard("nobody")).isEmpty();
    }

    @Test
    void countsAnEventDeliveredTwiceOnce() {
        SkillSignedOffEvent signOff = skillSignedOff("entry-crs", on(4, 2), CRS);
        record(enrolled(), 1);
        record(signOff, 2);

        record(signOff, 2);

        TraineeDashboardView view = dashboard(TRAINEE_ID).orElseThrow();
        assertThat(view.skills()).filteredOn(skill -> skill.skill().equals(CRS))
                .singleElement().satisfies(skill -> assertThat(skill.signOffs()).isEqualTo(1));
        assertThat(view.entriesCounted()).isEqualTo(2);
        assertThat(view.ledgerPosition()).isEqualTo(2);
        assertThat(items()).containsExactly("2 0 skill");
    }

    @Test
    void doesNotFoldInAnEarlierEventDeliveredAgainAfterLaterOnes() {
        record(enrolled(), 1);
        record(attended("entry-rounds", "GRAND_ROUNDS", false), 4);
        record(skillSignedOff("entry-crs", on(4, 2), CRS), 7);

        record(attended("entry-rounds", "GRAND_ROUNDS", false), 4);

        TraineeDashboardView view = dashboard(TRAINEE_ID).orElseThrow();
        assertThat(view.attendance()).filteredOn(tally -> tally.activityType().equals("GRAND_ROUNDS"))
                .singleElement().satisfies(tally -> assertThat(tally.attended()).isEqualTo(1));
        assertThat(view.ledgerPosition()).isEqualTo(7);
    }

    @Test
    void takesACorrectedEntryOutOfTheStoredDashboard() {
        record(enrolled(), 1);
        record(skillSignedOff("entry-crs", on(4, 2), CRS), 2);

        record(corrected("entry-fix", "entry-crs", "Signed off for the wrong skill", null), 3);

        TraineeDashboardView view = dashboard(TRAINEE_ID).orElseThrow();
        assertThat(view.skillsCompleted()).isZero();
        assertThat(view.entriesCorrected()).isEqualTo(1);
        // the sign-off's row stays: the correction is a row of its own that takes it out of every count
        assertThat(items()).containsExactly("2 0 skill", "3 0 corrected");
    }

    @Test
    void followsTheProgramThroughExtensionAndCompletion() {
        LocalDate newEnd = LocalDate.of(2025, 7, 31);
        record(enrolled(), 1);

        record(extended("entry-extension", END, newEnd), 2);
        assertThat(dashboard(TRAINEE_ID).orElseThrow().endDate()).isEqualTo(newEnd);

        record(completed("entry-completion", on(5, 14)), 3);
        TraineeDashboardView closed = dashboard(TRAINEE_ID).orElseThrow();
        assertThat(closed.status()).isEqualTo(TraineeStatus.COMPLETED);
        assertThat(closed.programDaysDone()).isEqualTo(29 + 30 + 14);
        assertThat(closed.programDaysLeft()).isZero();
    }

    @Test
    void keepsEachTraineesDashboardApart() {
        String other = "resident-2025-004";
        record(enrolled(), 1);
        record(enrolled(other, "entry-other-enrollment", "Chen Jie", Track.RESIDENT, LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 6, 27)), 2);
        record(skillSignedOff("entry-crs", on(4, 2), CRS), 3);

        TraineeDashboardView mine = dashboard(TRAINEE_ID).orElseThrow();
        TraineeDashboardView theirs = dashboard(other).orElseThrow();

        assertThat(mine.skillsCompleted()).isEqualTo(1);
        assertThat(theirs.skillsCompleted()).isZero();
        assertThat(theirs.fullName()).isEqualTo("Chen Jie");
        assertThat(theirs.ledgerPosition()).isEqualTo(2);
    }

    @Test
    void keepsEachElementAnEventAddsAsARowInTheOrderItAddedThem() {
        record(enrolled(), 1);
        record(evaluated("entry-march", on(3, 31), Map.of("PATIENT_CARE", 2, "PROFESSIONALISM", 3)), 2);
        record(attended("entry-rounds", "GRAND_ROUNDS", true), 3);

        assertThat(items()).containsExactly("2 0 rating", "2 1 rating", "2 2 evaluation", "3 0 attendance");
        assertThat(dashboard(TRAINEE_ID).orElseThrow().milestoneHistory()).hasSize(2);
    }

    @Test
    void keepsEvaluationsFeedbackAndAssessmentsAsRowsAndShowsThemAsFolded() {
        LedgerEntryEvent[] history = {
                enrolled(),
                evaluated("entry-march", on(3, 31), Map.of("PATIENT_CARE", 2, "PROFESSIONALISM", 3)),
                feedback("entry-feedback", on(4, 3)),
                assessed("entry-assessed", on(4, 8), TechnicalArea.PROCEDURES, "CAR_T_INFUSION_INTRAVENOUS", 3),
                assessed("entry-assessed-wrong", on(4, 9), TechnicalArea.PROCEDURES, "CAR_T_INFUSION_INTRAVENOUS", 5),
                reviewed("entry-review", on(4, 25), YearMonth.of(2025, 4), CommitteeDecision.ON_TRACK,
                        AutonomyLevel.INDIRECT_SUPERVISION, List.of("Lead one tumor board case")),
                corrected("entry-fix", "entry-assessed-wrong", "Level entered wrongly", null)};
        for (int position = 0; position < history.length; position++) {
            record(history[position], position);
        }

        TraineeDashboardView view = dashboard(TRAINEE_ID).orElseThrow();

        assertThat(items()).contains("1 2 evaluation", "2 0 feedback", "3 0 assessment", "4 0 assessment", "5 0 review");
        assertThat(view).isEqualTo(DashboardViews.of(DashboardFoldTest.fold(history), SITE_TODAY));
        assertThat(view.rotationEvaluations()).singleElement()
                .satisfies(e -> assertThat(e.milestoneLevels()).containsExactly(entry("PATIENT_CARE", 2), entry("PROFESSIONALISM", 3)));
        assertThat(view.facultyFeedback()).extracting(f -> f.entryId()).containsExactly("entry-feedback");
        assertThat(view.latestTechnicalAssessments()).extracting(a -> a.entryId()).containsExactly("entry-assessed");
        assertThat(view.lastCommitteeReview().adjustedGoals()).containsExactly("Lead one tumor board case");
    }

    @Test
    void theStoredHeadDoesNotGrowWithTheRecord() {
        record(enrolled(), 1);
        record(skillSignedOff("entry-first", on(4, 2), CRS), 2);
        String headAfterOne = headWithoutItsCounters();

        for (int position = 3; position <= 201; position++) {
            record(skillSignedOff("entry-" + position, on(4, 2), CRS), position);
        }

        assertThat(headWithoutItsCounters()).isEqualTo(headAfterOne);
        assertThat(querySide.rows("dashboard_item")).isEqualTo(200);
        assertThat(dashboard(TRAINEE_ID).orElseThrow().skills()).filteredOn(skill -> skill.skill().equals(CRS))
                .singleElement().satisfies(skill -> assertThat(skill.signOffs()).isEqualTo(200));
    }

    @Test
    void readsAWholeStateStoredBeforeItsListsBecameRowsAsItWas() {
        DashboardStateCodec codec = querySide.bean(DashboardStateCodec.class);
        DashboardState whole = DashboardFoldTest.fold(enrolled(), skillSignedOff("entry-crs", on(4, 2), CRS),
                attended("entry-rounds", "GRAND_ROUNDS", true));
        querySide.bean(JdbcTemplate.class).update("insert into trainee_dashboard (generation, trainee_id, state, ledger_position)"
                + " values (1, ?, ?::jsonb, 2)", TRAINEE_ID, codec.write(whole));

        assertThat(dashboard(TRAINEE_ID)).contains(DashboardViews.of(whole, SITE_TODAY));
    }

    @Test
    void storesTheFoldAsAJsonObjectWithTheLastPosition() {
        record(enrolled(), 1);
        record(skillSignedOff("entry-crs", on(4, 2), CRS), 6);

        Map<String, Object> row = querySide.bean(JdbcTemplate.class).queryForMap(
                "select jsonb_typeof(state) as kind, state ->> 'traineeId' as trainee, ledger_position"
                        + " from trainee_dashboard where trainee_id = ?", TRAINEE_ID);

        assertThat(row).containsEntry("kind", "object").containsEntry("trainee", TRAINEE_ID)
                .containsEntry("ledger_position", 6L);
    }

    @Test
    void aResetBuildsANewGenerationBesideTheServedOneAndReadersSeeTheOldOneUntilTheSwap() {
        record(enrolled(), 1);
        record(skillSignedOff("entry-crs", on(4, 2), CRS), 6);

        projection.reset();
        record(enrolled(), 1); // the rebuild has read the first entry again, into the new generation

        assertThat(querySide.rows("trainee_dashboard")).isEqualTo(2);
        assertThat(querySide.rows("dashboard_item")).isEqualTo(1);
        assertThat(dashboard(TRAINEE_ID)).get().satisfies(view -> {
            assertThat(view.ledgerPosition()).isEqualTo(6);
            assertThat(view.stale().reason()).isEqualTo(Staleness.REBUILDING);
        });

        record(skillSignedOff("entry-crs", on(4, 2), CRS), 6);
        assertThat(querySide.rows("dashboard_item")).isEqualTo(2);
        querySide.bean(Generations.class).swap(ReadModels.DASHBOARD);

        assertThat(querySide.rows("trainee_dashboard")).isEqualTo(1);
        assertThat(querySide.rows("dashboard_item")).isEqualTo(1);
        assertThat(dashboard(TRAINEE_ID)).get().satisfies(view -> {
            assertThat(view.ledgerPosition()).isEqualTo(6);
            assertThat(view.stale()).isNull();
        });
    }

    @Test
    void aRebuildStartedOverEmptiesTheGenerationItWasBuildingItemsIncluded() {
        record(enrolled(), 1);
        projection.reset();
        record(enrolled(), 1);
        record(skillSignedOff("entry-crs", on(4, 2), CRS), 6);

        projection.reset();

        assertThat(querySide.rows("trainee_dashboard")).isEqualTo(1);
        assertThat(querySide.rows("dashboard_item")).isZero();
    }

    @Test
    void aBatchOfOneTraineesEventsInOneTransactionFoldsEachOnceAndAFailedOneLeavesNoTrace() {
        JdbcTemplate jdbc = querySide.bean(JdbcTemplate.class);
        jdbc.execute("""
                create or replace function refuse_entry() returns trigger language plpgsql as $$
                begin
                  if new.item ->> 'entryId' = 'entry-refused' then raise exception 'entry-refused is refused'; end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger refuse_entry before insert on dashboard_item for each row execute function refuse_entry()");
        try {
            // as the processor hands a batch: one transaction, each event behind its own savepoint
            querySide.inTransaction(() -> {
                deliver(enrolled(), 1);
                deliver(skillSignedOff("entry-first", on(4, 2), CRS), 2);
                assertThatThrownBy(() -> deliver(skillSignedOff("entry-refused", on(4, 3), CRS), 3))
                        .hasMessageContaining("entry-refused is refused");
                deliver(skillSignedOff("entry-second", on(4, 4), CRS), 4);
                deliver(skillSignedOff("entry-second", on(4, 4), CRS), 4);
            });
        } finally {
            jdbc.execute("drop trigger refuse_entry on dashboard_item");
        }

        TraineeDashboardView view = dashboard(TRAINEE_ID).orElseThrow();
        assertThat(view.entriesCounted()).isEqualTo(3);
        assertThat(view.ledgerPosition()).isEqualTo(4);
        assertThat(items()).containsExactly("2 0 skill", "4 0 skill");
    }

    /** As Axon delivers an event: at its place in the ledger, in a transaction. */
    private void record(LedgerEntryEvent event, long position) {
        querySide.inTransaction(() -> deliver(event, position));
    }

    /** One event of a batch, in the transaction under way. */
    private void deliver(LedgerEntryEvent event, long position) {
        projection.on(event, GapAwareTrackingToken.newInstance(position, List.of()));
    }

    /** The trainee's stored items, each as "position ordinal kind", in the order they are read back. */
    private static List<String> items() {
        return querySide.bean(JdbcTemplate.class).queryForList("select ledger_position || ' ' || ordinal || ' ' || kind"
                + " from dashboard_item where trainee_id = ? order by ledger_position, ordinal", String.class, TRAINEE_ID);
    }

    /** The stored head, less the two counters that are the only part of it that changes with each entry. */
    private static String headWithoutItsCounters() {
        return querySide.bean(JdbcTemplate.class).queryForObject("select (state - 'entries' - 'ledgerPosition')::text"
                + " from trainee_dashboard where trainee_id = ?", String.class, TRAINEE_ID);
    }

    private Optional<TraineeDashboardView> dashboard(String traineeId) {
        return queries.handle(new FindTraineeDashboardQuery(new TraineeId(traineeId)));
    }
}
