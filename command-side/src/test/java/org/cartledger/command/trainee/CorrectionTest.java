package org.cartledger.command.trainee;

import static org.cartledger.command.trainee.BrokenRule.brokenRule;
import static org.cartledger.command.trainee.TraineeFixtures.COMMITTEE_MEMBER_ID;
import static org.cartledger.command.trainee.TraineeFixtures.COORDINATOR_ID;
import static org.cartledger.command.trainee.TraineeFixtures.FACULTY_ID;
import static org.cartledger.command.trainee.TraineeFixtures.OTHER_FACULTY_ID;
import static org.cartledger.command.trainee.TraineeFixtures.committeeReviewed;
import static org.cartledger.command.trainee.TraineeFixtures.recordedBy;
import static org.hamcrest.Matchers.containsString;
import static org.cartledger.command.trainee.TraineeFixtures.END;
import static org.cartledger.command.trainee.TraineeFixtures.ENROLLMENT_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.NEW_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.NOW;
import static org.cartledger.command.trainee.TraineeFixtures.TRAINEE_ID;
import static org.cartledger.command.trainee.TraineeFixtures.YESTERDAY;
import static org.cartledger.command.trainee.TraineeFixtures.attended;
import static org.cartledger.command.trainee.TraineeFixtures.correct;
import static org.cartledger.command.trainee.TraineeFixtures.corrected;
import static org.cartledger.command.trainee.TraineeFixtures.enrolled;
import static org.cartledger.command.trainee.TraineeFixtures.extended;
import static org.cartledger.command.trainee.TraineeFixtures.procedureRecorded;
import static org.cartledger.command.trainee.TraineeFixtures.skillSignedOff;
import static org.cartledger.command.trainee.TraineeFixtures.traineeRecordFixture;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cartledger.api.correction.CorrectEntryCommand;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.problem.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Marking an entry as recorded in error, optionally naming the entry that replaces it; a committee decision only
 * by the committee, any other entry by whoever recorded it or by a coordinator.
 */
class CorrectionTest {

    private static final String WRONG_SKILL = "entry-wrong-skill";
    private static final String RIGHT_SKILL = "entry-right-skill";
    private static final String REVIEW = "entry-review";
    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    private AggregateTestFixture<TraineeRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = traineeRecordFixture();
    }

    @Test
    void correctsAnEntryWithoutAReplacement() {
        fixture.given(enrolled(), skillSignedOff(WRONG_SKILL, YESTERDAY))
                .when(correct(NEW_ENTRY, WRONG_SKILL, null))
                .expectEvents(new EntryCorrectedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, WRONG_SKILL,
                        "Recorded in error", null))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void correctsAnEntryNamingAReplacementOfTheSameKind() {
        fixture.given(enrolled(), skillSignedOff(WRONG_SKILL, YESTERDAY), skillSignedOff(RIGHT_SKILL, YESTERDAY))
                .when(correct(NEW_ENTRY, WRONG_SKILL, RIGHT_SKILL))
                .expectEvents(new EntryCorrectedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, WRONG_SKILL,
                        "Recorded in error", RIGHT_SKILL))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesToCorrectAnEntryThatDoesNotExist() {
        fixture.given(enrolled(), skillSignedOff(WRONG_SKILL, YESTERDAY))
                .when(correct(NEW_ENTRY, "entry-never-recorded", null))
                .expectException(Refusal.class)
                .expectException(brokenRule("correction-target-unknown", 422))
                .expectNoEvents();
    }

    /** Another trainee's entries are in another record, so this one knows them no more than made-up ids. */
    @Test
    void refusesToCorrectAnEntryOfAnotherTrainee() {
        fixture.given(enrolled(), skillSignedOff(WRONG_SKILL, YESTERDAY))
                .when(correct(NEW_ENTRY, "entry-of-fellow-2025-018", null))
                .expectException(Refusal.class)
                .expectException(brokenRule("correction-target-unknown", 422))
                .expectNoEvents();
    }

    @Test
    void refusesToCorrectTheEnrollment() {
        fixture.given(enrolled())
                .when(correct(NEW_ENTRY, ENROLLMENT_ENTRY, null))
                .expectException(Refusal.class)
                .expectException(brokenRule("entry-not-correctable", 422))
                .expectNoEvents();
    }

    @Test
    void refusesToCorrectAnExtension() {
        fixture.given(enrolled(), extended("entry-extension", END, LocalDate.of(2025, 8, 29)))
                .when(correct(NEW_ENTRY, "entry-extension", null))
                .expectException(brokenRule("entry-not-correctable", 422))
                .expectNoEvents();
    }

    @Test
    void refusesToCorrectACorrection() {
        fixture.given(enrolled(), skillSignedOff(WRONG_SKILL, YESTERDAY), corrected("entry-correction", WRONG_SKILL, null))
                .when(correct(NEW_ENTRY, "entry-correction", null))
                .expectException(Refusal.class)
                .expectException(brokenRule("entry-not-correctable", 422))
                .expectNoEvents();
    }

    @Test
    void refusesToCorrectAnEntryTwice() {
        fixture.given(enrolled(), skillSignedOff(WRONG_SKILL, YESTERDAY), corrected("entry-correction", WRONG_SKILL, null))
                .when(correct(NEW_ENTRY, WRONG_SKILL, null))
                .expectException(Refusal.class)
                .expectException(brokenRule("entry-already-corrected", 409))
                .expectNoEvents();
    }

    @Test
    void refusesAReplacementOfAnotherKind() {
        fixture.given(enrolled(), skillSignedOff(WRONG_SKILL, YESTERDAY), procedureRecorded("entry-procedure", YESTERDAY))
                .when(correct(NEW_ENTRY, WRONG_SKILL, "entry-procedure"))
                .expectException(Refusal.class)
                .expectException(brokenRule("replacement-invalid", 422))
                .expectNoEvents();
    }

    @Test
    void refusesAReplacementThatDoesNotExist() {
        fixture.given(enrolled(), skillSignedOff(WRONG_SKILL, YESTERDAY))
                .when(correct(NEW_ENTRY, WRONG_SKILL, "entry-never-recorded"))
                .expectException(Refusal.class)
                .expectException(brokenRule("replacement-invalid", 422))
                .expectNoEvents();
    }

    @Test
    void refusesTheCorrectedEntryAsItsOwnReplacement() {
        fixture.given(enrolled(), skillSignedOff(WRONG_SKILL, YESTERDAY))
                .when(correct(NEW_ENTRY, WRONG_SKILL, WRONG_SKILL))
                .expectException(Refusal.class)
                .expectException(brokenRule("replacement-invalid", 422))
                .expectNoEvents();
    }

    @Test
    void refusesAReplacementThatIsItselfCorrected() {
        fixture.given(enrolled(), skillSignedOff(WRONG_SKILL, YESTERDAY), skillSignedOff(RIGHT_SKILL, YESTERDAY),
                        corrected("entry-correction", RIGHT_SKILL, null))
                .when(correct(NEW_ENTRY, WRONG_SKILL, RIGHT_SKILL))
                .expectException(Refusal.class)
                .expectException(brokenRule("replacement-invalid", 422))
                .expectNoEvents();
    }

    // ---- who may correct what

    @Test
    void theCommitteeCorrectsACommitteeDecision() {
        fixture.given(enrolled(), recordedBy(committeeReviewed(REVIEW, YESTERDAY, APRIL), COMMITTEE_MEMBER_ID, LedgerRole.COMMITTEE))
                .when(correct(NEW_ENTRY, REVIEW, null), recordedBy("committee-li", LedgerRole.COMMITTEE))
                .expectEvents(corrected(NEW_ENTRY, REVIEW, null))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesAFacultyMembersCorrectionOfACommitteeDecision() {
        fixture.given(enrolled(), recordedBy(committeeReviewed(REVIEW, YESTERDAY, APRIL), COMMITTEE_MEMBER_ID, LedgerRole.COMMITTEE))
                .when(correct(NEW_ENTRY, REVIEW, null), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectException(Refusal.class)
                .expectException(brokenRule("correction-not-permitted", 422))
                .expectExceptionMessage(containsString("only the committee corrects it"))
                .expectNoEvents();
    }

    @Test
    void refusesACoordinatorsCorrectionOfACommitteeDecision() {
        fixture.given(enrolled(), recordedBy(committeeReviewed(REVIEW, YESTERDAY, APRIL), COMMITTEE_MEMBER_ID, LedgerRole.COMMITTEE))
                .when(correct(NEW_ENTRY, REVIEW, null), recordedBy(COORDINATOR_ID, LedgerRole.COORDINATOR))
                .expectException(brokenRule("correction-not-permitted", 422))
                .expectNoEvents();
    }

    @Test
    void theFacultyMemberWhoRecordedAnEntryCorrectsIt() {
        fixture.given(enrolled(), recordedBy(skillSignedOff(WRONG_SKILL, YESTERDAY), FACULTY_ID, LedgerRole.FACULTY))
                .when(correct(NEW_ENTRY, WRONG_SKILL, null), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectEvents(corrected(NEW_ENTRY, WRONG_SKILL, null))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void aCoordinatorCorrectsAnEntryAFacultyMemberRecorded() {
        fixture.given(enrolled(), recordedBy(skillSignedOff(WRONG_SKILL, YESTERDAY), FACULTY_ID, LedgerRole.FACULTY))
                .when(correct(NEW_ENTRY, WRONG_SKILL, null), recordedBy(COORDINATOR_ID, LedgerRole.COORDINATOR))
                .expectEvents(corrected(NEW_ENTRY, WRONG_SKILL, null))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesAnotherFacultyMembersCorrectionOfAnEntry() {
        fixture.given(enrolled(), recordedBy(skillSignedOff(WRONG_SKILL, YESTERDAY), FACULTY_ID, LedgerRole.FACULTY))
                .when(correct(NEW_ENTRY, WRONG_SKILL, null), recordedBy(OTHER_FACULTY_ID, LedgerRole.FACULTY))
                .expectException(brokenRule("correction-not-permitted", 422))
                .expectExceptionMessage(containsString("'" + FACULTY_ID + "'"))
                .expectNoEvents();
    }

    /** Someone on the committee who is also faculty acts as COMMITTEE on corrections, and still corrects their own entries. */
    @Test
    void aFacultyMemberOnTheCommitteeCorrectsTheirOwnEntryWhileActingAsCommittee() {
        fixture.given(enrolled(), recordedBy(skillSignedOff(WRONG_SKILL, YESTERDAY), "fac-committee-wu", LedgerRole.FACULTY))
                .when(correct(NEW_ENTRY, WRONG_SKILL, null), recordedBy("fac-committee-wu", LedgerRole.COMMITTEE))
                .expectEvents(corrected(NEW_ENTRY, WRONG_SKILL, null))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesACorrectionDecidedInTheFuture() {
        fixture.given(enrolled(), attended("entry-attendance", YESTERDAY))
                .when(new CorrectEntryCommand(TRAINEE_ID, NEW_ENTRY, NOW.plus(Duration.ofMinutes(6)), "entry-attendance",
                        "Recorded in error", null))
                .expectException(brokenRule("entry-in-the-future"))
                .expectNoEvents();
    }
}
