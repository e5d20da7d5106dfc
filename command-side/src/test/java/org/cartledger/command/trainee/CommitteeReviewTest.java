package org.cartledger.command.trainee;

import static org.cartledger.command.trainee.BrokenRule.brokenRule;
import static org.cartledger.command.trainee.TraineeFixtures.END;
import static org.cartledger.command.trainee.TraineeFixtures.START;
import static org.cartledger.command.trainee.TraineeFixtures.at;
import static org.cartledger.command.trainee.TraineeFixtures.enrolledBetween;
import static org.cartledger.command.trainee.TraineeFixtures.NEW_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.TRAINEE_ID;
import static org.cartledger.command.trainee.TraineeFixtures.YESTERDAY;
import static org.cartledger.command.trainee.TraineeFixtures.committeeReviewed;
import static org.cartledger.command.trainee.TraineeFixtures.corrected;
import static org.cartledger.command.trainee.TraineeFixtures.enrolled;
import static org.cartledger.command.trainee.TraineeFixtures.extended;
import static org.cartledger.command.trainee.TraineeFixtures.reviewByCommittee;
import static org.cartledger.command.trainee.TraineeFixtures.skillSignedOff;
import static org.cartledger.command.trainee.TraineeFixtures.traineeRecordFixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.committee.RecordCommitteeReviewCommand;
import org.cartledger.command.trainee.TraineeFixtures.TestPositions;
import org.cartledger.http.problem.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly clinical competency review: one per month, inside the program, for a month that has begun, based
 * on a dashboard between the trainee's enrollment and the head of the ledger.
 */
class CommitteeReviewTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    /** The month of the fixture's clock. */
    private static final YearMonth MAY = YearMonth.of(2025, 5);
    private static final String APRIL_REVIEW = "entry-review-april";

    private AggregateTestFixture<TraineeRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = traineeRecordFixture();
    }

    @Test
    void recordsAMonthlyReview() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL))
                .expectEvents(new CommitteeReviewRecordedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 4),
                        CommitteeDecision.ON_TRACK, AutonomyLevel.DIRECT_SUPERVISION, "Meets expectations",
                        "Protocol drafted", "Active at the MDT", "Keep presenting cases",
                        List.of("Lead one tumor board case"), null))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void recordsAReviewWithoutAdjustedGoalsAsAnEmptyList() {
        fixture.given(enrolled())
                .when(new RecordCommitteeReviewCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, APRIL,
                        CommitteeDecision.READY_FOR_COMPLETION, AutonomyLevel.INDEPENDENT_MANAGEMENT, "Excellent",
                        null, null, null, null, null))
                .expectEvents(new CommitteeReviewRecordedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, APRIL,
                        CommitteeDecision.READY_FOR_COMPLETION, AutonomyLevel.INDEPENDENT_MANAGEMENT, "Excellent",
                        null, null, null, List.of(), null))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void recordsTheLedgerPositionOfTheDashboardTheCommitteeLookedAt() {
        fixture.given(enrolled(), skillSignedOff("entry-skill", YESTERDAY))
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL, 41L))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, APRIL, 41L))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void recordsAReviewBasedOnTheVeryFirstLedgerPosition() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL, 0L))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, APRIL, 0L))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void recordsAReviewThatNamesNoBasisAsBasedOnEverythingBeforeIt() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL, null))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, APRIL, null))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesAReviewBasedOnANegativeLedgerPosition() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL, -1L))
                .expectException(Refusal.class)
                .expectException(brokenRule("review-basis-not-a-ledger-position", 422))
                .expectNoEvents();
    }

    @Test
    void aReviewInPlaceOfACorrectedOneMayNameItsOwnBasis() {
        fixture.given(enrolled(), committeeReviewed(APRIL_REVIEW, YESTERDAY, APRIL, 12L),
                        corrected("entry-correction", APRIL_REVIEW, null))
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL, 15L))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, APRIL, 15L))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void recordsAReviewForTheFirstMonthWhenTheProgramStartsMidMonth() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 3)))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 3)))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void recordsAReviewForAnotherMonth() {
        fixture.given(enrolled(), committeeReviewed(APRIL_REVIEW, YESTERDAY, APRIL))
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 5)))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 5)))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesASecondReviewForTheSameMonth() {
        fixture.given(enrolled(), committeeReviewed(APRIL_REVIEW, YESTERDAY, APRIL))
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL))
                .expectException(Refusal.class)
                .expectException(brokenRule("one-committee-review-per-month", 409))
                .expectNoEvents();
    }

    @Test
    void refusesAReviewMonthBeforeTheProgramStarts() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 2)))
                .expectException(Refusal.class)
                .expectException(brokenRule("review-month-outside-program", 422))
                .expectNoEvents();
    }

    @Test
    void refusesAReviewMonthAfterTheProgramEnds() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 7)))
                .expectException(Refusal.class)
                .expectException(brokenRule("review-month-outside-program", 422))
                .expectNoEvents();
    }

    @Test
    void acceptsAReviewMonthThatAnExtensionAddedToTheProgram() {
        LocalDate firstEnd = LocalDate.of(2025, 4, 30);
        fixture.given(enrolledBetween(START, firstEnd), extended("entry-extension", firstEnd, END))
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, MAY))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, MAY))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    // ---- only a month that has begun

    @Test
    void recordsAReviewForTheCurrentMonth() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, MAY))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, MAY))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesAReviewForAMonthThatHasNotBegun() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 6)))
                .expectException(Refusal.class)
                .expectException(brokenRule("review-month-not-begun", 422))
                .expectNoEvents();
    }

    /** The month is the program's: in Shanghai, June begins at 16:00 UTC on 31 May. */
    @Test
    void recordsAReviewForAMonthThatHasBegunInTheProgramsZoneThoughNotYetInUtc() {
        Instant justAfterMidnight = at(LocalDate.of(2025, 6, 1), 0, 10);
        fixture = traineeRecordFixture(Clock.fixed(justAfterMidnight.plusSeconds(60), ZoneOffset.UTC),
                new TestPositions(TestPositions.HEAD, 0));
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, justAfterMidnight, YearMonth.of(2025, 6)))
                .expectEvents(committeeReviewed(NEW_ENTRY, justAfterMidnight, YearMonth.of(2025, 6)))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesAReviewForNextMonthOnTheLastEveningOfThisOne() {
        Instant lastEvening = at(LocalDate.of(2025, 5, 31), 23, 50);
        fixture = traineeRecordFixture(Clock.fixed(lastEvening.plusSeconds(60), ZoneOffset.UTC),
                new TestPositions(TestPositions.HEAD, 0));
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, lastEvening, YearMonth.of(2025, 6)))
                .expectException(brokenRule("review-month-not-begun", 422))
                .expectNoEvents();
    }

    @Test
    void refusesAReviewDatedBeforeItsMonthBegan() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, at(LocalDate.of(2025, 4, 30), 15, 0), MAY))
                .expectException(brokenRule("review-month-not-begun", 422))
                .expectNoEvents();
    }

    // ---- a basis between the trainee's enrollment and the head of the ledger

    @Test
    void refusesAReviewBasedOnAPositionBeyondTheHeadOfTheLedger() {
        fixture = traineeRecordFixture(new TestPositions(100, 40));
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL, 101L))
                .expectException(Refusal.class)
                .expectException(brokenRule("review-basis-beyond-head", 422))
                .expectNoEvents();
    }

    @Test
    void refusesAReviewBasedOnAPositionBeforeTheTraineeWasEnrolled() {
        fixture = traineeRecordFixture(new TestPositions(100, 40));
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL, 39L))
                .expectException(Refusal.class)
                .expectException(brokenRule("review-basis-before-enrollment", 422))
                .expectNoEvents();
    }

    @Test
    void recordsAReviewBasedOnTheEnrollmentItself() {
        fixture = traineeRecordFixture(new TestPositions(100, 40));
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL, 40L))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, APRIL, 40L))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void recordsAReviewBasedOnTheHeadOfTheLedger() {
        fixture = traineeRecordFixture(new TestPositions(100, 40));
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL, 100L))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, APRIL, 100L))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void aCorrectedReviewFreesItsMonthForTheReviewRecordedInItsPlace() {
        fixture.given(enrolled(), committeeReviewed(APRIL_REVIEW, YESTERDAY, APRIL),
                        corrected("entry-correction", APRIL_REVIEW, null))
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, APRIL))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void correctingAnotherEntryDoesNotFreeTheMonth() {
        fixture.given(enrolled(), committeeReviewed(APRIL_REVIEW, YESTERDAY, APRIL),
                        skillSignedOff("entry-skill", YESTERDAY), corrected("entry-correction", "entry-skill", null))
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL))
                .expectException(brokenRule("one-committee-review-per-month", 409))
                .expectNoEvents();
    }
}
