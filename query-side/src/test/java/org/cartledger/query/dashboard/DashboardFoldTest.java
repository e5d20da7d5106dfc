package org.cartledger.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.cartledger.query.LedgerEvents.END;
import static org.cartledger.query.LedgerEvents.FULL_NAME;
import static org.cartledger.query.LedgerEvents.START;
import static org.cartledger.query.LedgerEvents.TRAINEE_ID;
import static org.cartledger.query.LedgerEvents.assessed;
import static org.cartledger.query.LedgerEvents.at;
import static org.cartledger.query.LedgerEvents.attended;
import static org.cartledger.query.LedgerEvents.completed;
import static org.cartledger.query.LedgerEvents.corrected;
import static org.cartledger.query.LedgerEvents.enrolled;
import static org.cartledger.query.LedgerEvents.evaluated;
import static org.cartledger.query.LedgerEvents.everyCompetencyAt;
import static org.cartledger.query.LedgerEvents.extended;
import static org.cartledger.query.LedgerEvents.feedback;
import static org.cartledger.query.LedgerEvents.on;
import static org.cartledger.query.LedgerEvents.performed;
import static org.cartledger.query.LedgerEvents.researched;
import static org.cartledger.query.LedgerEvents.reviewed;
import static org.cartledger.query.LedgerEvents.skillSignedOff;
import static org.cartledger.query.LedgerEvents.withdrawn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.catalog.ActivityType;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.dashboard.AttendanceTally;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.dashboard.CompetencyStatus;
import org.cartledger.api.dashboard.FacultyFeedback;
import org.cartledger.api.dashboard.MilestoneRating;
import org.cartledger.api.dashboard.ProcedureTally;
import org.cartledger.api.dashboard.ResearchProjectStatus;
import org.cartledger.api.dashboard.RotationEvaluation;
import org.cartledger.api.dashboard.SkillStatus;
import org.cartledger.api.dashboard.TechnicalAssessment;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.dashboard.Trend;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.evaluation.FacultyFeedbackRecordedEvent;
import org.cartledger.api.evaluation.RotationEvaluationRecordedEvent;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.research.ResearchMilestone;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The dashboard as a fold: events in ledger order into {@link DashboardState}, the view out of
 * {@link DashboardViews}. No database and no Spring: what the projection stores is this state.
 */
class DashboardFoldTest {

    /** Most questions are asked on 15 May 2025, in the middle of the program (3 March to 30 June). */
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 15);
    private static final String INFUSION = "CAR_T_INFUSION_INTRAVENOUS";
    private static final String CELL_PREPARATION = "CAR_T_CELL_PREPARATION_AND_QC";
    private static final String CRS = "CRS_MANAGEMENT";
    private static final String STAGING = "TUMOR_STAGING";
    private static final String TRIAL = "Cytokine kinetics after CD19 CAR-T";
    private static final String REGISTRY = "Regional CAR-T toxicity registry";

    @Nested
    class TheRecordItself {

        @Test
        void showsTheTraineeAndProgramFromTheEnrollment() {
            TraineeDashboardView view = view(enrolled());

            assertThat(view.traineeId().value()).isEqualTo(TRAINEE_ID);
            assertThat(view.fullName()).isEqualTo(FULL_NAME);
            assertThat(view.track()).isEqualTo(Track.FELLOW);
            assertThat(view.status()).isEqualTo(TraineeStatus.ENROLLED);
            assertThat(view.startDate()).isEqualTo(START);
            assertThat(view.endDate()).isEqualTo(END);
            assertThat(view.today()).isEqualTo(TODAY);
        }

        @Test
        void carriesTheLedgerPositionOfTheLastEventFoldedIn() {
            DashboardState state = new DashboardState()
                    .apply(enrolled(), 5)
                    .apply(skillSignedOff("entry-skill", on(4, 1), CRS), 9)
                    .apply(attended("entry-rounds", "GRAND_ROUNDS", false), 42);

            assertThat(DashboardViews.of(state, TODAY).ledgerPosition()).isEqualTo(42);
        }

        @Test
        void countsEveryEntryOfTheRecordTheEnrollmentIncluded() {
            TraineeDashboardView view = view(enrolled(), feedback("entry-feedback", on(4, 1)),
                    skillSignedOff("entry-skill", on(4, 1), CRS));

            assertThat(view.entriesCounted()).isEqualTo(3);
            assertThat(view.entriesCorrected()).isZero();
        }
    }

    @Nested
    class Competencies {

        @Test
        void listsEveryCatalogCompetencyUnratedUntilAnEvaluationRatesIt() {
            TraineeDashboardView view = view(enrolled());

            assertThat(view.competencies()).extracting(CompetencyStatus::competency)
                    .containsExactlyElementsOf(TrainingCatalog.competencies().stream().map(CatalogItem::code).toList());
            assertThat(view.competencies()).extracting(CompetencyStatus::name)
                    .containsExactlyElementsOf(TrainingCatalog.competencies().stream().map(CatalogItem::name).toList());
            assertThat(view.competencies()).allSatisfy(competency -> {
                assertThat(competency.latestLevel()).isNull();
                assertThat(competency.trend()).isNull();
                assertThat(competency.ratings()).isZero();
            });
        }

        @Test
        void marksAFirstRatingAsSuch() {
            TraineeDashboardView view = view(enrolled(), evaluated("entry-eval", on(3, 31), everyCompetencyAt(2)));

            assertThat(competency(view, "PATIENT_CARE"))
                    .isEqualTo(new CompetencyStatus("PATIENT_CARE", "Patient care", 2, null, Trend.FIRST_RATING, on(3, 31), 1));
        }

        @Test
        void comparesTheLatestRatingWithThePreviousOne() {
            TraineeDashboardView view = view(enrolled(),
                    evaluated("entry-march", on(3, 31), Map.of("PATIENT_CARE", 2, "MEDICAL_KNOWLEDGE", 3, "PROFESSIONALISM", 4)),
                    evaluated("entry-april", on(4, 30), Map.of("PATIENT_CARE", 3, "MEDICAL_KNOWLEDGE", 3, "PROFESSIONALISM", 2)));

            assertThat(competency(view, "PATIENT_CARE"))
                    .isEqualTo(new CompetencyStatus("PATIENT_CARE", "Patient care", 3, 2, Trend.IMPROVING, on(4, 30), 2));
            assertThat(competency(view, "MEDICAL_KNOWLEDGE").trend()).isEqualTo(Trend.STEADY);
            assertThat(competency(view, "PROFESSIONALISM"))
                    .extracting(CompetencyStatus::latestLevel, CompetencyStatus::previousLevel, CompetencyStatus::trend)
                    .containsExactly(2, 4, Trend.DECLINING);
        }

        @Test
        void ordersRatingsByWhenTheEvaluationHappenedNotByWhenItWasRecorded() {
            TraineeDashboardView view = view(enrolled(),
                    evaluated("entry-april", on(4, 30), Map.of("PATIENT_CARE", 4)),
                    evaluated("entry-march-recorded-late", on(3, 31), Map.of("PATIENT_CARE", 2)));

            assertThat(competency(view, "PATIENT_CARE"))
                    .isEqualTo(new CompetencyStatus("PATIENT_CARE", "Patient care", 4, 2, Trend.IMPROVING, on(4, 30), 2));
        }

        @Test
        void comparesACompetencyOnlyWithItsOwnRatings() {
            TraineeDashboardView view = view(enrolled(),
                    evaluated("entry-march", on(3, 31), Map.of("PATIENT_CARE", 4)),
                    evaluated("entry-april", on(4, 30), Map.of("MEDICAL_KNOWLEDGE", 2)));

            assertThat(competency(view, "PATIENT_CARE").trend()).isEqualTo(Trend.FIRST_RATING);
            assertThat(competency(view, "MEDICAL_KNOWLEDGE").trend()).isEqualTo(Trend.FIRST_RATING);
            assertThat(competency(view, "PROFESSIONALISM").latestLevel()).isNull();
        }

        @Test
        void keepsEveryRatingAsTheCompetencysHistoryInTheOrderTheEvaluationsHappened() {
            TraineeDashboardView view = view(enrolled(),
                    evaluated("entry-april", on(4, 30), Map.of("PATIENT_CARE", 4)),
                    evaluated("entry-march-recorded-late", on(3, 31), Map.of("PATIENT_CARE", 2, "PROFESSIONALISM", 3)));

            assertThat(view.milestoneHistory()).extracting(MilestoneRating::entryId, MilestoneRating::competency,
                            MilestoneRating::level)
                    .containsExactlyInAnyOrder(
                            Tuple.tuple("entry-march-recorded-late", "PATIENT_CARE", 2),
                            Tuple.tuple("entry-march-recorded-late", "PROFESSIONALISM", 3),
                            Tuple.tuple("entry-april", "PATIENT_CARE", 4));
            assertThat(view.milestoneHistory()).extracting(MilestoneRating::occurredAt)
                    .containsExactly(on(3, 31), on(3, 31), on(4, 30));
        }
    }

    @Nested
    class Activities {

        @Test
        void listsEveryCatalogActivityTypeWithZerosForThoseNotAttended() {
            TraineeDashboardView view = view(enrolled(), attended("entry-rounds", "GRAND_ROUNDS", false));

            assertThat(view.attendance()).extracting(AttendanceTally::activityType)
                    .containsExactlyElementsOf(TrainingCatalog.activityTypes().stream().map(ActivityType::code).toList());
            assertThat(view.attendance()).filteredOn(tally -> !tally.activityType().equals("GRAND_ROUNDS"))
                    .allSatisfy(tally -> assertThat(tally.attended()).isZero())
                    .contains(new AttendanceTally("JOURNAL_CLUB", "Journal club", 0, 0));
        }

        @Test
        void countsAttendanceAndCasesPresentedPerActivityType() {
            TraineeDashboardView view = view(enrolled(),
                    attended("entry-1", "GRAND_ROUNDS", true),
                    attended("entry-2", "GRAND_ROUNDS", false),
                    attended("entry-3", "MDT_TUMOR_BOARD", true),
                    attended("entry-4", "JOURNAL_CLUB", false));

            assertThat(attendance(view, "GRAND_ROUNDS")).isEqualTo(new AttendanceTally("GRAND_ROUNDS", "Oncology grand rounds", 2, 1));
            assertThat(attendance(view, "MDT_TUMOR_BOARD").casesPresented()).isEqualTo(1);
            assertThat(attendance(view, "JOURNAL_CLUB")).isEqualTo(new AttendanceTally("JOURNAL_CLUB", "Journal club", 1, 0));
        }

        @Test
        void countsProceduresByTypeWithTheSimulatedOnesAndEachSupervisionLevel() {
            TraineeDashboardView view = view(enrolled(),
                    performed("entry-1", INFUSION, ProcedureSetting.SIMULATION, SupervisionLevel.OBSERVED),
                    performed("entry-2", INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.DIRECT_SUPERVISION),
                    performed("entry-3", INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.DIRECT_SUPERVISION),
                    performed("entry-4", CELL_PREPARATION, ProcedureSetting.CLINICAL, SupervisionLevel.INDEPENDENT));

            ProcedureTally infusion = procedure(view, INFUSION);
            assertThat(infusion.name()).isEqualTo("CAR-T infusion, intravenous");
            assertThat(infusion.performed()).isEqualTo(3);
            assertThat(infusion.simulated()).isEqualTo(1);
            assertThat(infusion.bySupervisionLevel()).containsOnly(
                    entry(SupervisionLevel.OBSERVED, 1), entry(SupervisionLevel.ASSISTED, 0),
                    entry(SupervisionLevel.DIRECT_SUPERVISION, 2), entry(SupervisionLevel.INDIRECT_SUPERVISION, 0),
                    entry(SupervisionLevel.INDEPENDENT, 0));
            assertThat(procedure(view, CELL_PREPARATION).bySupervisionLevel()).containsEntry(SupervisionLevel.INDEPENDENT, 1);
        }

        @Test
        void listsEveryCatalogProcedureWithZerosForThoseNotPerformed() {
            TraineeDashboardView view = view(enrolled(),
                    performed("entry-1", INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.ASSISTED));

            assertThat(view.procedures()).extracting(ProcedureTally::procedure)
                    .containsExactlyElementsOf(TrainingCatalog.procedures().stream().map(CatalogItem::code).toList());
            assertThat(procedure(view, "TUMOR_BIOPSY_PREPARATION").performed()).isZero();
            assertThat(procedure(view, "TUMOR_BIOPSY_PREPARATION").bySupervisionLevel())
                    .containsOnlyKeys(SupervisionLevel.values())
                    .allSatisfy((level, count) -> assertThat(count).isZero());
        }

        @Test
        void completesASkillOnceHoweverOftenItIsSignedOff() {
            TraineeDashboardView view = view(enrolled(),
                    skillSignedOff("entry-1", on(4, 20), CRS),
                    skillSignedOff("entry-2", on(4, 2), CRS),
                    skillSignedOff("entry-3", on(4, 8), STAGING));

            assertThat(view.skillsCompleted()).isEqualTo(2);
            assertThat(view.skillsInCatalog()).isEqualTo(TrainingCatalog.skills().size());
            assertThat(skill(view, CRS)).isEqualTo(new SkillStatus(CRS, "Cytokine release syndrome (CRS) management",
                    "Cellular immunotherapy", on(4, 2), 2));
        }

        @Test
        void listsEveryCatalogSkillNotYetSignedOffAsSuch() {
            TraineeDashboardView view = view(enrolled(), skillSignedOff("entry-1", on(4, 2), CRS));

            assertThat(view.skills()).extracting(SkillStatus::skill)
                    .containsExactlyElementsOf(TrainingCatalog.skills().stream().map(CatalogItem::code).toList());
            assertThat(skill(view, STAGING).firstSignedOffAt()).isNull();
            assertThat(skill(view, STAGING).signOffs()).isZero();
        }

        @Test
        void showsEachResearchProjectAtItsLatestMilestone() {
            TraineeDashboardView view = view(enrolled(),
                    researched("entry-1", on(3, 10), TRIAL, ResearchMilestone.PROJECT_STARTED),
                    researched("entry-2", on(4, 1), REGISTRY, ResearchMilestone.PROJECT_STARTED),
                    researched("entry-3", on(4, 20), TRIAL, ResearchMilestone.PRESENTATION_GIVEN),
                    researched("entry-4", on(4, 5), TRIAL, ResearchMilestone.PROGRESS_REPORTED));

            assertThat(view.research()).containsExactly(
                    new ResearchProjectStatus(TRIAL, ResearchMilestone.PRESENTATION_GIVEN, on(4, 20), 3),
                    new ResearchProjectStatus(REGISTRY, ResearchMilestone.PROJECT_STARTED, on(4, 1), 1));
        }
    }

    @Nested
    class CommitteeReviews {

        @Test
        void grantsNoAutonomyBeforeTheFirstReview() {
            TraineeDashboardView view = view(enrolled());

            assertThat(view.currentAutonomy()).isNull();
            assertThat(view.lastCommitteeReview()).isNull();
        }

        @Test
        void takesTheAutonomyOfTheReviewForTheLatestMonthWhateverTheOrderOfRecording() {
            TraineeDashboardView view = view(enrolled(),
                    reviewed("entry-march", on(3, 28), YearMonth.of(2025, 3), CommitteeDecision.ON_TRACK,
                            AutonomyLevel.DIRECT_SUPERVISION),
                    reviewed("entry-may", on(5, 9), YearMonth.of(2025, 5), CommitteeDecision.ON_TRACK,
                            AutonomyLevel.SUPERVISION_ON_REQUEST),
                    reviewed("entry-april-late", on(5, 10), YearMonth.of(2025, 4), CommitteeDecision.NEEDS_FOCUSED_SUPPORT,
                            AutonomyLevel.INDIRECT_SUPERVISION));

            assertThat(view.currentAutonomy()).isEqualTo(AutonomyLevel.SUPERVISION_ON_REQUEST);
            assertThat(view.lastCommitteeReview()).isEqualTo(new CommitteeReviewSummary("entry-may", YearMonth.of(2025, 5),
                    on(5, 9), CommitteeDecision.ON_TRACK, AutonomyLevel.SUPERVISION_ON_REQUEST, "Keep presenting at rounds",
                    "Performing as expected", "On schedule", "Engaged", List.of()));
        }

        @Test
        void listsEveryReviewByMonthAsTheAutonomyGrantedOverTime() {
            TraineeDashboardView view = view(enrolled(),
                    reviewed("entry-march", on(3, 28), YearMonth.of(2025, 3), CommitteeDecision.ON_TRACK,
                            AutonomyLevel.DIRECT_SUPERVISION),
                    reviewed("entry-may", on(5, 9), YearMonth.of(2025, 5), CommitteeDecision.ON_TRACK,
                            AutonomyLevel.SUPERVISION_ON_REQUEST),
                    reviewed("entry-april-late", on(5, 10), YearMonth.of(2025, 4), CommitteeDecision.NEEDS_FOCUSED_SUPPORT,
                            AutonomyLevel.INDIRECT_SUPERVISION));

            assertThat(view.committeeReviews()).extracting(CommitteeReviewSummary::reviewMonth, CommitteeReviewSummary::autonomyGranted)
                    .containsExactly(
                            Tuple.tuple(YearMonth.of(2025, 3), AutonomyLevel.DIRECT_SUPERVISION),
                            Tuple.tuple(YearMonth.of(2025, 4), AutonomyLevel.INDIRECT_SUPERVISION),
                            Tuple.tuple(YearMonth.of(2025, 5), AutonomyLevel.SUPERVISION_ON_REQUEST));
        }
    }

    @Nested
    class WhatTheCommitteeDecidesFrom {

        @Test
        void showsEachRotationEvaluationWholeInTheOrderTheyHappenedWithItsLevelsInCatalogOrder() {
            TraineeDashboardView view = view(enrolled(),
                    new RotationEvaluationRecordedEvent(new TraineeId(TRAINEE_ID), "entry-apheresis", on(4, 30), "Apheresis unit",
                            "dr-li", Map.of("PROFESSIONALISM", 4, "PATIENT_CARE", 3), "Careful with consent"),
                    evaluated("entry-ward", on(3, 31), Map.of("MEDICAL_KNOWLEDGE", 2)));

            assertThat(view.rotationEvaluations()).containsExactly(
                    new RotationEvaluation("entry-ward", on(3, 31), "Cellular therapy ward", "dr-zhou",
                            Map.of("MEDICAL_KNOWLEDGE", 2), "Solid month"),
                    new RotationEvaluation("entry-apheresis", on(4, 30), "Apheresis unit", "dr-li",
                            Map.of("PATIENT_CARE", 3, "PROFESSIONALISM", 4), "Careful with consent"));
            assertThat(view.rotationEvaluations().get(1).milestoneLevels().keySet()).containsExactly("PATIENT_CARE", "PROFESSIONALISM");
        }

        @Test
        void listsFacultyFeedbackNewestFirstWithItsThreeParts() {
            TraineeDashboardView view = view(enrolled(),
                    feedback("entry-april", on(4, 3)),
                    new FacultyFeedbackRecordedEvent(new TraineeId(TRAINEE_ID), "entry-may", on(5, 2), "dr-li", "Clear hand-offs",
                            null, "Apply for the cell therapy attending track"),
                    feedback("entry-march", on(3, 20)));

            assertThat(view.facultyFeedback()).extracting(FacultyFeedback::entryId)
                    .containsExactly("entry-may", "entry-april", "entry-march");
            assertThat(view.facultyFeedback().get(0)).isEqualTo(new FacultyFeedback("entry-may", on(5, 2), "dr-li", "Clear hand-offs",
                    null, "Apply for the cell therapy attending track"));
            assertThat(view.facultyFeedback().get(1)).isEqualTo(new FacultyFeedback("entry-april", on(4, 3), "dr-zhou",
                    "Calm under pressure", "Document toxicity grading sooner", "Consider a research year"));
        }

        @Test
        void listsEveryTechnicalAssessmentNewestFirstAndTheLatestOfEachAreaAndProcedure() {
            TraineeDashboardView view = view(enrolled(),
                    assessed("entry-1", on(3, 20), TechnicalArea.PROCEDURES, INFUSION, 2),
                    assessed("entry-2", on(4, 20), TechnicalArea.PROCEDURES, INFUSION, 3),
                    assessed("entry-3", on(4, 2), TechnicalArea.PROCEDURES, CELL_PREPARATION, 2),
                    assessed("entry-4", on(4, 10), TechnicalArea.COMPLICATION_MANAGEMENT, null, 3),
                    assessed("entry-5", on(3, 25), TechnicalArea.COMPLICATION_MANAGEMENT, null, 1),
                    assessed("entry-6", on(4, 5), TechnicalArea.SIMULATION_BASED_TRAINING, INFUSION, 4));

            assertThat(view.technicalAssessments()).extracting(TechnicalAssessment::entryId)
                    .containsExactly("entry-2", "entry-4", "entry-6", "entry-3", "entry-5", "entry-1");
            assertThat(view.technicalAssessments().get(0)).isEqualTo(new TechnicalAssessment("entry-2", on(4, 20),
                    TechnicalArea.PROCEDURES, INFUSION, 3, "dr-zhou", "Level 3 on " + on(4, 20)));
            assertThat(view.latestTechnicalAssessments())
                    .extracting(TechnicalAssessment::area, TechnicalAssessment::procedure, TechnicalAssessment::level)
                    .containsExactly(
                            Tuple.tuple(TechnicalArea.PROCEDURES, CELL_PREPARATION, 2),
                            Tuple.tuple(TechnicalArea.PROCEDURES, INFUSION, 3),
                            Tuple.tuple(TechnicalArea.COMPLICATION_MANAGEMENT, null, 3),
                            Tuple.tuple(TechnicalArea.SIMULATION_BASED_TRAINING, INFUSION, 4));
        }

        @Test
        void showsTheLastReviewsAdjustedGoalsAndWhatItSaidOfPerformanceResearchAndTeamwork() {
            TraineeDashboardView view = view(enrolled(),
                    reviewed("entry-march", on(3, 28), YearMonth.of(2025, 3), CommitteeDecision.NEEDS_FOCUSED_SUPPORT,
                            AutonomyLevel.OBSERVATION_ONLY, List.of("Grade CRS at every round")),
                    reviewed("entry-april", on(4, 28), YearMonth.of(2025, 4), CommitteeDecision.ON_TRACK,
                            AutonomyLevel.DIRECT_SUPERVISION, List.of("Lead one tumor board case", "Submit the registry protocol")));

            CommitteeReviewSummary last = view.lastCommitteeReview();
            assertThat(last.adjustedGoals()).containsExactly("Lead one tumor board case", "Submit the registry protocol");
            assertThat(List.of(last.overallPerformance(), last.researchProgress(), last.teamParticipation(), last.feedback()))
                    .containsExactly("Performing as expected", "On schedule", "Engaged", "Keep presenting at rounds");
            assertThat(view.committeeReviews())
                    .extracting(CommitteeReviewSummary::reviewMonth, CommitteeReviewSummary::autonomyGranted, CommitteeReviewSummary::decision)
                    .containsExactly(
                            Tuple.tuple(YearMonth.of(2025, 3), AutonomyLevel.OBSERVATION_ONLY, CommitteeDecision.NEEDS_FOCUSED_SUPPORT),
                            Tuple.tuple(YearMonth.of(2025, 4), AutonomyLevel.DIRECT_SUPERVISION, CommitteeDecision.ON_TRACK));
        }

        @Test
        void showsNoneOfThemBeforeAnyIsRecorded() {
            TraineeDashboardView view = view(enrolled());

            assertThat(view.rotationEvaluations()).isEmpty();
            assertThat(view.facultyFeedback()).isEmpty();
            assertThat(view.technicalAssessments()).isEmpty();
            assertThat(view.latestTechnicalAssessments()).isEmpty();
            assertThat(view.committeeReviews()).isEmpty();
        }
    }

    @Nested
    class Corrections {

        @Test
        void takesACorrectedEvaluationsRatingsOutSoThePreviousOnesAreLatestAgain() {
            TraineeDashboardView view = view(enrolled(),
                    evaluated("entry-march", on(3, 31), Map.of("PATIENT_CARE", 2)),
                    evaluated("entry-april", on(4, 30), Map.of("PATIENT_CARE", 5)),
                    corrected("entry-fix", "entry-april", "Scored for the wrong trainee", null));

            assertThat(competency(view, "PATIENT_CARE"))
                    .isEqualTo(new CompetencyStatus("PATIENT_CARE", "Patient care", 2, null, Trend.FIRST_RATING, on(3, 31), 1));
            assertThat(view.milestoneHistory()).extracting(MilestoneRating::entryId).containsExactly("entry-march");
        }

        @Test
        void takesACorrectedAttendanceAndItsPresentedCaseOut() {
            TraineeDashboardView view = view(enrolled(),
                    attended("entry-1", "GRAND_ROUNDS", true),
                    attended("entry-2", "GRAND_ROUNDS", false),
                    corrected("entry-fix", "entry-1", "Was on leave that day", null));

            assertThat(attendance(view, "GRAND_ROUNDS").attended()).isEqualTo(1);
            assertThat(attendance(view, "GRAND_ROUNDS").casesPresented()).isZero();
        }

        @Test
        void takesACorrectedProcedureOutOfItsTypeSettingAndSupervisionLevel() {
            TraineeDashboardView view = view(enrolled(),
                    performed("entry-1", INFUSION, ProcedureSetting.SIMULATION, SupervisionLevel.ASSISTED),
                    performed("entry-2", INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.OBSERVED),
                    corrected("entry-fix", "entry-1", "Wrong procedure", null));

            ProcedureTally infusion = procedure(view, INFUSION);
            assertThat(infusion.performed()).isEqualTo(1);
            assertThat(infusion.simulated()).isZero();
            assertThat(infusion.bySupervisionLevel())
                    .containsEntry(SupervisionLevel.ASSISTED, 0).containsEntry(SupervisionLevel.OBSERVED, 1);
        }

        @Test
        void countsACorrectedSkillNoMore() {
            TraineeDashboardView view = view(enrolled(),
                    skillSignedOff("entry-1", on(4, 2), CRS),
                    corrected("entry-fix", "entry-1", "Signed off for the wrong skill", null));

            assertThat(view.skillsCompleted()).isZero();
            assertThat(skill(view, CRS).signOffs()).isZero();
            assertThat(skill(view, CRS).firstSignedOffAt()).isNull();
        }

        @Test
        void keepsASkillCompletedWhileAnotherSignOffOfItStands() {
            TraineeDashboardView view = view(enrolled(),
                    skillSignedOff("entry-1", on(4, 2), CRS),
                    skillSignedOff("entry-2", on(4, 9), CRS),
                    corrected("entry-fix", "entry-1", "Date was wrong", "entry-2"));

            assertThat(view.skillsCompleted()).isEqualTo(1);
            assertThat(skill(view, CRS).firstSignedOffAt()).isEqualTo(on(4, 9));
            assertThat(skill(view, CRS).signOffs()).isEqualTo(1);
        }

        @Test
        void takesACorrectedResearchStepOutOfItsProject() {
            TraineeDashboardView view = view(enrolled(),
                    researched("entry-1", on(3, 10), TRIAL, ResearchMilestone.PROJECT_STARTED),
                    researched("entry-2", on(4, 20), TRIAL, ResearchMilestone.PUBLICATION_SUBMITTED),
                    researched("entry-3", on(4, 1), REGISTRY, ResearchMilestone.PROJECT_STARTED),
                    corrected("entry-fix-1", "entry-2", "Not submitted yet", null),
                    corrected("entry-fix-2", "entry-3", "Not this trainee's project", null));

            assertThat(view.research()).containsExactly(
                    new ResearchProjectStatus(TRIAL, ResearchMilestone.PROJECT_STARTED, on(3, 10), 1));
        }

        @Test
        void givesBackTheAutonomyOfTheReviewBeforeACorrectedOne() {
            TraineeDashboardView view = view(enrolled(),
                    reviewed("entry-march", on(3, 28), YearMonth.of(2025, 3), CommitteeDecision.ON_TRACK,
                            AutonomyLevel.DIRECT_SUPERVISION),
                    reviewed("entry-april", on(4, 25), YearMonth.of(2025, 4), CommitteeDecision.ON_TRACK,
                            AutonomyLevel.INDEPENDENT_MANAGEMENT),
                    corrected("entry-fix", "entry-april", "Recorded against the wrong trainee", null));

            assertThat(view.currentAutonomy()).isEqualTo(AutonomyLevel.DIRECT_SUPERVISION);
            assertThat(view.lastCommitteeReview().entryId()).isEqualTo("entry-march");
        }

        @Test
        void letsTheReviewRecordedInPlaceOfACorrectedOneCountForItsMonth() {
            TraineeDashboardView view = view(enrolled(),
                    reviewed("entry-april", on(4, 25), YearMonth.of(2025, 4), CommitteeDecision.ON_TRACK,
                            AutonomyLevel.INDEPENDENT_MANAGEMENT),
                    corrected("entry-fix", "entry-april", "Wrong autonomy level", null),
                    reviewed("entry-april-again", on(4, 26), YearMonth.of(2025, 4), CommitteeDecision.ON_TRACK,
                            AutonomyLevel.INDIRECT_SUPERVISION));

            assertThat(view.currentAutonomy()).isEqualTo(AutonomyLevel.INDIRECT_SUPERVISION);
            assertThat(view.lastCommitteeReview().entryId()).isEqualTo("entry-april-again");
        }

        @Test
        void takesACorrectedFeedbackOut() {
            TraineeDashboardView view = view(enrolled(),
                    feedback("entry-1", on(4, 3)),
                    feedback("entry-2", on(4, 9)),
                    corrected("entry-fix", "entry-2", "Meant for another trainee", null));

            assertThat(view.facultyFeedback()).extracting(FacultyFeedback::entryId).containsExactly("entry-1");
        }

        @Test
        void takesACorrectedTechnicalAssessmentOutSoThePreviousOneIsLatestAgain() {
            TraineeDashboardView view = view(enrolled(),
                    assessed("entry-1", on(3, 20), TechnicalArea.PROCEDURES, INFUSION, 2),
                    assessed("entry-2", on(4, 20), TechnicalArea.PROCEDURES, INFUSION, 5),
                    corrected("entry-fix", "entry-2", "Level entered wrongly", null));

            assertThat(view.technicalAssessments()).extracting(TechnicalAssessment::entryId).containsExactly("entry-1");
            assertThat(view.latestTechnicalAssessments()).extracting(TechnicalAssessment::entryId, TechnicalAssessment::level)
                    .containsExactly(Tuple.tuple("entry-1", 2));
        }

        @Test
        void takesACorrectedRotationEvaluationOutWholeAndItsRatingsWithIt() {
            TraineeDashboardView view = view(enrolled(),
                    evaluated("entry-march", on(3, 31), Map.of("PATIENT_CARE", 2)),
                    evaluated("entry-april", on(4, 30), Map.of("PATIENT_CARE", 4)),
                    corrected("entry-fix", "entry-april", "Evaluated the wrong rotation", null));

            assertThat(view.rotationEvaluations()).extracting(RotationEvaluation::entryId).containsExactly("entry-march");
            assertThat(view.milestoneHistory()).extracting(MilestoneRating::entryId).containsExactly("entry-march");
        }

        @Test
        void givesBackTheGoalsOfTheReviewBeforeACorrectedOneAndLeavesItOutOfTheAutonomyHistory() {
            TraineeDashboardView view = view(enrolled(),
                    reviewed("entry-march", on(3, 28), YearMonth.of(2025, 3), CommitteeDecision.ON_TRACK,
                            AutonomyLevel.DIRECT_SUPERVISION, List.of("Present at a tumor board")),
                    reviewed("entry-april", on(4, 25), YearMonth.of(2025, 4), CommitteeDecision.READY_FOR_COMPLETION,
                            AutonomyLevel.INDEPENDENT_MANAGEMENT, List.of()),
                    corrected("entry-fix", "entry-april", "Recorded against the wrong trainee", null));

            assertThat(view.lastCommitteeReview().adjustedGoals()).containsExactly("Present at a tumor board");
            assertThat(view.committeeReviews()).extracting(CommitteeReviewSummary::entryId).containsExactly("entry-march");
        }

        @Test
        void countsEveryEntryButTheCorrectedOnesTheCorrectionsThemselvesIncluded() {
            TraineeDashboardView view = view(enrolled(),
                    skillSignedOff("entry-1", on(4, 2), CRS),
                    attended("entry-2", "GRAND_ROUNDS", false),
                    feedback("entry-3", on(4, 3)),
                    corrected("entry-fix-1", "entry-1", "Wrong skill", null),
                    corrected("entry-fix-2", "entry-3", "Wrong trainee", null));

            assertThat(view.entriesCorrected()).isEqualTo(2);
            assertThat(view.entriesCounted()).isEqualTo(4); // enrollment, attendance, and the two corrections
        }
    }

    @Nested
    class ProgramDays {

        /** 3 March to 30 June 2025. */
        private static final int PROGRAM_DAYS = 120;

        @Test
        void hasDoneNoneAndHasAllAheadBeforeTheStart() {
            TraineeDashboardView view = viewOn(LocalDate.of(2025, 2, 25), enrolled());

            assertThat(view.programDaysDone()).isZero();
            assertThat(view.programDaysLeft()).isEqualTo(PROGRAM_DAYS);
        }

        @Test
        void countsTheFirstDayAsDoneOnTheFirstDay() {
            TraineeDashboardView view = viewOn(START, enrolled());

            assertThat(view.programDaysDone()).isEqualTo(1);
            assertThat(view.programDaysLeft()).isEqualTo(PROGRAM_DAYS - 1);
        }

        @Test
        void splitsTheProgramAtTodayDuringIt() {
            TraineeDashboardView view = viewOn(TODAY, enrolled());

            assertThat(view.programDaysDone()).isEqualTo(29 + 30 + 15); // 3-31 March, April, 1-15 May
            assertThat(view.programDaysLeft()).isEqualTo(16 + 30); // 16-31 May, June
        }

        @Test
        void hasNoneLeftOnTheLastDay() {
            TraineeDashboardView view = viewOn(END, enrolled());

            assertThat(view.programDaysDone()).isEqualTo(PROGRAM_DAYS);
            assertThat(view.programDaysLeft()).isZero();
        }

        @Test
        void neverCountsMoreThanTheProgramAfterItsEnd() {
            TraineeDashboardView view = viewOn(LocalDate.of(2025, 7, 10), enrolled());

            assertThat(view.programDaysDone()).isEqualTo(PROGRAM_DAYS);
            assertThat(view.programDaysLeft()).isZero();
        }

        @Test
        void stopsCountingOnTheDayTheProgramWasCompleted() {
            TraineeDashboardView view = viewOn(LocalDate.of(2025, 6, 25), enrolled(),
                    completed("entry-completion", on(6, 20)));

            assertThat(view.status()).isEqualTo(TraineeStatus.COMPLETED);
            assertThat(view.programDaysDone()).isEqualTo(PROGRAM_DAYS - 10); // up to and including 20 June
            assertThat(view.programDaysLeft()).isZero();
        }

        @Test
        void stopsCountingOnTheDayOfWithdrawalWithNoneLeft() {
            TraineeDashboardView view = viewOn(TODAY, enrolled(), withdrawn("entry-withdrawal", on(4, 2)));

            assertThat(view.status()).isEqualTo(TraineeStatus.WITHDRAWN);
            assertThat(view.programDaysDone()).isEqualTo(29 + 2);
            assertThat(view.programDaysLeft()).isZero();
        }

        @Test
        void takesTheClosingDayInTheProgramsTimeZone() {
            // 17:00 UTC on 20 June is 01:00 on 21 June in Shanghai
            Instant lateEvening = Instant.parse("2025-06-20T17:00:00Z");

            TraineeDashboardView view = viewOn(LocalDate.of(2025, 7, 1), enrolled(), completed("entry-completion", lateEvening));

            assertThat(view.programDaysDone()).isEqualTo(PROGRAM_DAYS - 9);
        }

        @Test
        void hasDoneNoneWhenWithdrawnBeforeTheStart() {
            TraineeDashboardView view = viewOn(TODAY, enrolled(), withdrawn("entry-withdrawal", at(LocalDate.of(2025, 2, 27), 9, 0)));

            assertThat(view.programDaysDone()).isZero();
            assertThat(view.programDaysLeft()).isZero();
        }

        @Test
        void movesTheEndWithAnExtension() {
            LocalDate newEnd = LocalDate.of(2025, 7, 31);
            LedgerEntryEvent[] history = {enrolled(), extended("entry-extension", END, newEnd)};

            TraineeDashboardView during = viewOn(TODAY, history);
            TraineeDashboardView afterTheOldEnd = viewOn(LocalDate.of(2025, 7, 10), history);

            assertThat(during.endDate()).isEqualTo(newEnd);
            assertThat(during.programDaysLeft()).isEqualTo(16 + 30 + 31);
            assertThat(afterTheOldEnd.programDaysDone()).isEqualTo(PROGRAM_DAYS + 10);
            assertThat(afterTheOldEnd.programDaysLeft()).isEqualTo(21);
        }
    }

    static DashboardState fold(LedgerEntryEvent... events) {
        DashboardState state = new DashboardState();
        long position = 0;
        for (LedgerEntryEvent event : events) {
            state.apply(event, position++);
        }
        return state;
    }

    private static TraineeDashboardView view(LedgerEntryEvent... events) {
        return viewOn(TODAY, events);
    }

    private static TraineeDashboardView viewOn(LocalDate today, LedgerEntryEvent... events) {
        return DashboardViews.of(fold(events), today);
    }

    private static CompetencyStatus competency(TraineeDashboardView view, String code) {
        return view.competencies().stream().filter(c -> c.competency().equals(code)).findFirst().orElseThrow();
    }

    private static AttendanceTally attendance(TraineeDashboardView view, String activityType) {
        return view.attendance().stream().filter(a -> a.activityType().equals(activityType)).findFirst().orElseThrow();
    }

    private static ProcedureTally procedure(TraineeDashboardView view, String code) {
        return view.procedures().stream().filter(p -> p.procedure().equals(code)).findFirst().orElseThrow();
    }

    private static SkillStatus skill(TraineeDashboardView view, String code) {
        return view.skills().stream().filter(s -> s.skill().equals(code)).findFirst().orElseThrow();
    }
}
