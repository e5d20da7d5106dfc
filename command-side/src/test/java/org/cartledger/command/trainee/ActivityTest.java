package org.cartledger.command.trainee;

import static org.cartledger.command.trainee.BrokenRule.brokenRule;
import static org.cartledger.command.trainee.TraineeFixtures.NEW_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.TRAINEE_ID;
import static org.cartledger.command.trainee.TraineeFixtures.YESTERDAY;
import static org.cartledger.command.trainee.TraineeFixtures.attend;
import static org.cartledger.command.trainee.TraineeFixtures.enrolled;
import static org.cartledger.command.trainee.TraineeFixtures.signOffSkill;
import static org.cartledger.command.trainee.TraineeFixtures.recordProcedure;
import static org.cartledger.command.trainee.TraineeFixtures.recordResearchProgress;
import static org.cartledger.command.trainee.TraineeFixtures.traineeRecordFixture;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cartledger.api.activity.AttendanceRecordedEvent;
import org.cartledger.api.activity.ProcedureRecordedEvent;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.research.ResearchMilestone;
import org.cartledger.api.research.ResearchProgressRecordedEvent;
import org.cartledger.http.problem.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Attendance, procedures, skills and research progress: only what is in the catalog. */
class ActivityTest {

    private AggregateTestFixture<TraineeRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = traineeRecordFixture();
    }

    @Test
    void recordsAttendanceWithoutACasePresentation() {
        fixture.given(enrolled())
                .when(attend(NEW_ENTRY, YESTERDAY, "JOURNAL_CLUB", false, null))
                .expectEvents(new AttendanceRecordedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "JOURNAL_CLUB", 60, false,
                        null, "Morning session"))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void recordsACasePresentedAtATumorBoard() {
        fixture.given(enrolled())
                .when(attend(NEW_ENTRY, YESTERDAY, "MDT_TUMOR_BOARD", true, "Refractory DLBCL, grade 2 CRS"))
                .expectEvents(new AttendanceRecordedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "MDT_TUMOR_BOARD", 60, true,
                        "Refractory DLBCL, grade 2 CRS", "Morning session"))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesAnActivityThatIsNotInTheCatalog() {
        fixture.given(enrolled())
                .when(attend(NEW_ENTRY, YESTERDAY, "COFFEE_BREAK", false, null))
                .expectException(Refusal.class)
                .expectException(brokenRule("not-in-catalog", 422))
                .expectNoEvents();
    }

    @Test
    void refusesACasePresentationAtAnActivityThatDoesNotOfferIt() {
        fixture.given(enrolled())
                .when(attend(NEW_ENTRY, YESTERDAY, "JOURNAL_CLUB", true, "Refractory DLBCL"))
                .expectException(Refusal.class)
                .expectException(brokenRule("case-presentation-not-offered", 422))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "caseTopic \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesACasePresentedWithoutATopic(String caseTopic) {
        fixture.given(enrolled())
                .when(attend(NEW_ENTRY, YESTERDAY, "GRAND_ROUNDS", true, caseTopic))
                .expectException(Refusal.class)
                .expectException(brokenRule("case-topic-required", 422))
                .expectNoEvents();
    }

    @Test
    void recordsAProcedure() {
        fixture.given(enrolled())
                .when(recordProcedure(NEW_ENTRY, YESTERDAY, "CAR_T_CELL_PREPARATION_AND_QC"))
                .expectEvents(new ProcedureRecordedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY,
                        "CAR_T_CELL_PREPARATION_AND_QC", ProcedureSetting.CLINICAL, SupervisionLevel.DIRECT_SUPERVISION,
                        "faculty-chen", "Uneventful"))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesAProcedureThatIsNotInTheCatalog() {
        fixture.given(enrolled())
                .when(recordProcedure(NEW_ENTRY, YESTERDAY, "APPENDECTOMY"))
                .expectException(Refusal.class)
                .expectException(brokenRule("not-in-catalog", 422))
                .expectNoEvents();
    }

    @Test
    void logsASkillSignedOffByFaculty() {
        fixture.given(enrolled())
                .when(signOffSkill(NEW_ENTRY, YESTERDAY, "TOXICITY_MANAGEMENT"))
                .expectEvents(new SkillSignedOffEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "TOXICITY_MANAGEMENT",
                        "faculty-chen", "Signed off on the ward"))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesASkillThatIsNotInTheCatalog() {
        fixture.given(enrolled())
                .when(signOffSkill(NEW_ENTRY, YESTERDAY, "JUGGLING"))
                .expectException(Refusal.class)
                .expectException(brokenRule("not-in-catalog", 422))
                .expectNoEvents();
    }

    @Test
    void refusesAProcedureCodeLoggedAsASkill() {
        fixture.given(enrolled())
                .when(signOffSkill(NEW_ENTRY, YESTERDAY, "CAR_T_INFUSION_INTRAVENOUS"))
                .expectException(brokenRule("not-in-catalog"))
                .expectNoEvents();
    }

    @Test
    void recordsResearchProgress() {
        fixture.given(enrolled())
                .when(recordResearchProgress(NEW_ENTRY, YESTERDAY))
                .expectEvents(new ResearchProgressRecordedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY,
                        "CRS biomarkers after CD19 CAR-T", ResearchMilestone.PROGRESS_REPORTED,
                        "Cohort of 40 patients assembled"))
                .expectResultMessagePayload(NEW_ENTRY);
    }
}
