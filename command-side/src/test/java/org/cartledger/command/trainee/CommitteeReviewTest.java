package org.cartledger.command.trainee;

import static org.cartledger.command.trainee.BrokenRule.brokenRule;
import static org.cartledger.command.trainee.TraineeFixtures.END;
import static org.cartledger.command.trainee.TraineeFixtures.NEW_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.TRAINEE_ID;
import static org.cartledger.command.trainee.TraineeFixtures.YESTERDAY;
import static org.cartledger.command.trainee.TraineeFixtures.committeeReviewed;
import static org.cartledger.command.trainee.TraineeFixtures.corrected;
import static org.cartledger.command.trainee.TraineeFixtures.enrolled;
import static org.cartledger.command.trainee.TraineeFixtures.extended;
import static org.cartledger.command.trainee.TraineeFixtures.reviewByCommittee;
import static org.cartledger.command.trainee.TraineeFixtures.skillLogged;
import static org.cartledger.command.trainee.TraineeFixtures.traineeRecordFixture;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.committee.RecordCommitteeReviewCommand;
import org.cartledger.command.refusal.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The monthly clinical competency review: one per month, inside the program. */
class CommitteeReviewTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);
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
        fixture.given(enrolled(), skillLogged("entry-skill", YESTERDAY))
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
                .expectException(RuleViolation.class)
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
                .expectException(RuleViolation.class)
                .expectException(brokenRule("one-committee-review-per-month", 409))
                .expectNoEvents();
    }

    @Test
    void refusesAReviewMonthBeforeTheProgramStarts() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 2)))
                .expectException(RuleViolation.class)
                .expectException(brokenRule("review-month-outside-program", 422))
                .expectNoEvents();
    }

    @Test
    void refusesAReviewMonthAfterTheProgramEnds() {
        fixture.given(enrolled())
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 7)))
                .expectException(RuleViolation.class)
                .expectException(brokenRule("review-month-outside-program", 422))
                .expectNoEvents();
    }

    @Test
    void acceptsAReviewMonthThatAnExtensionAddedToTheProgram() {
        fixture.given(enrolled(), extended("entry-extension", END, LocalDate.of(2025, 8, 29)))
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 8)))
                .expectEvents(committeeReviewed(NEW_ENTRY, YESTERDAY, YearMonth.of(2025, 8)))
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
                        skillLogged("entry-skill", YESTERDAY), corrected("entry-correction", "entry-skill", null))
                .when(reviewByCommittee(NEW_ENTRY, YESTERDAY, APRIL))
                .expectException(brokenRule("one-committee-review-per-month", 409))
                .expectNoEvents();
    }
}
