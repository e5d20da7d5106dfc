package org.cartledger.command.trainee;

import static org.cartledger.command.trainee.BrokenRule.brokenRule;
import static org.cartledger.command.trainee.TraineeFixtures.NEW_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.TRAINEE_ID;
import static org.cartledger.command.trainee.TraineeFixtures.YESTERDAY;
import static org.cartledger.command.trainee.TraineeFixtures.allCompetenciesAt;
import static org.cartledger.command.trainee.TraineeFixtures.assess;
import static org.cartledger.command.trainee.TraineeFixtures.enrolled;
import static org.cartledger.command.trainee.TraineeFixtures.evaluateRotation;
import static org.cartledger.command.trainee.TraineeFixtures.giveFeedback;
import static org.cartledger.command.trainee.TraineeFixtures.traineeRecordFixture;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cartledger.api.evaluation.FacultyFeedbackRecordedEvent;
import org.cartledger.api.evaluation.RotationEvaluationRecordedEvent;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.evaluation.TechnicalCompetencyAssessedEvent;
import org.cartledger.http.problem.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rotation evaluations, faculty feedback and technical assessments, on milestone levels 1 to 5. */
class EvaluationTest {

    private AggregateTestFixture<TraineeRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = traineeRecordFixture();
    }

    @Test
    void recordsARotationEvaluationRatingAllSixCompetencies() {
        Map<String, Integer> levels = Map.of(
                "PATIENT_CARE", 1,
                "MEDICAL_KNOWLEDGE", 2,
                "PRACTICE_BASED_LEARNING", 3,
                "COMMUNICATION_SKILLS", 4,
                "PROFESSIONALISM", 5,
                "SYSTEMS_BASED_PRACTICE", 3);
        fixture.given(enrolled())
                .when(evaluateRotation(NEW_ENTRY, YESTERDAY, levels))
                .expectEvents(new RotationEvaluationRecordedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY,
                        "CAR-T inpatient ward", "faculty-chen", levels, "Steady progress"))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {0, 6})
    void refusesARotationRatingOutsideOneToFive(int level) {
        Map<String, Integer> levels = new HashMap<>(allCompetenciesAt(3));
        levels.put("PROFESSIONALISM", level);
        fixture.given(enrolled())
                .when(evaluateRotation(NEW_ENTRY, YESTERDAY, levels))
                .expectException(Refusal.class)
                .expectException(brokenRule("milestone-level-range", 422))
                .expectNoEvents();
    }

    @Test
    void refusesARotationEvaluationMissingACompetency() {
        Map<String, Integer> levels = new HashMap<>(allCompetenciesAt(3));
        levels.remove("SYSTEMS_BASED_PRACTICE");
        fixture.given(enrolled())
                .when(evaluateRotation(NEW_ENTRY, YESTERDAY, levels))
                .expectException(Refusal.class)
                .expectException(brokenRule("all-competencies-rated", 422))
                .expectNoEvents();
    }

    @Test
    void refusesARotationEvaluationWithACompetencyLeftUnrated() {
        Map<String, Integer> levels = new HashMap<>(allCompetenciesAt(3));
        levels.put("SYSTEMS_BASED_PRACTICE", null);
        fixture.given(enrolled())
                .when(evaluateRotation(NEW_ENTRY, YESTERDAY, levels))
                .expectException(brokenRule("all-competencies-rated"))
                .expectNoEvents();
    }

    @Test
    void refusesARotationEvaluationWithoutRatings() {
        fixture.given(enrolled())
                .when(evaluateRotation(NEW_ENTRY, YESTERDAY, null))
                .expectException(brokenRule("all-competencies-rated"))
                .expectNoEvents();
    }

    @Test
    void refusesARotationEvaluationNamingAnUnknownCompetency() {
        Map<String, Integer> levels = new HashMap<>(allCompetenciesAt(3));
        levels.put("BEDSIDE_MANNER", 4);
        fixture.given(enrolled())
                .when(evaluateRotation(NEW_ENTRY, YESTERDAY, levels))
                .expectException(Refusal.class)
                .expectException(brokenRule("not-in-catalog", 422))
                .expectNoEvents();
    }

    @Test
    void recordsFacultyFeedback() {
        fixture.given(enrolled())
                .when(giveFeedback(NEW_ENTRY, YESTERDAY))
                .expectEvents(new FacultyFeedbackRecordedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "faculty-chen",
                        "Careful bedside monitoring", "Speak up at the tumor board", "Consider a research year"))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void recordsATechnicalAssessmentOfAProcedure() {
        fixture.given(enrolled())
                .when(assess(NEW_ENTRY, YESTERDAY, "CAR_T_INFUSION_LOCAL", 5))
                .expectEvents(new TechnicalCompetencyAssessedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "faculty-chen",
                        TechnicalArea.PROCEDURES, "CAR_T_INFUSION_LOCAL", 5, "Good aseptic technique"))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void recordsATechnicalAssessmentThatNamesNoProcedure() {
        fixture.given(enrolled())
                .when(assess(NEW_ENTRY, YESTERDAY, null, 1))
                .expectEvents(new TechnicalCompetencyAssessedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "faculty-chen",
                        TechnicalArea.PROCEDURES, null, 1, "Good aseptic technique"))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {0, 6})
    void refusesATechnicalAssessmentLevelOutsideOneToFive(int level) {
        fixture.given(enrolled())
                .when(assess(NEW_ENTRY, YESTERDAY, "CAR_T_INFUSION_LOCAL", level))
                .expectException(Refusal.class)
                .expectException(brokenRule("milestone-level-range", 422))
                .expectNoEvents();
    }

    @Test
    void refusesATechnicalAssessmentOfAProcedureThatIsNotInTheCatalog() {
        fixture.given(enrolled())
                .when(assess(NEW_ENTRY, YESTERDAY, "APPENDECTOMY", 3))
                .expectException(Refusal.class)
                .expectException(brokenRule("not-in-catalog", 422))
                .expectNoEvents();
    }
}
