package org.cartledger.command.trainee;

import static org.cartledger.command.trainee.BrokenRule.brokenRule;
import static org.cartledger.command.trainee.TraineeFixtures.APPROVER_ID;
import static org.cartledger.command.trainee.TraineeFixtures.at;
import static org.cartledger.command.trainee.TraineeFixtures.corrected;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.cartledger.command.trainee.TraineeFixtures.END;
import static org.cartledger.command.trainee.TraineeFixtures.NEW_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.NOW;
import static org.cartledger.command.trainee.TraineeFixtures.START;
import static org.cartledger.command.trainee.TraineeFixtures.TRAINEE_ID;
import static org.cartledger.command.trainee.TraineeFixtures.YESTERDAY;
import static org.cartledger.command.trainee.TraineeFixtures.committeeReviewed;
import static org.cartledger.command.trainee.TraineeFixtures.complete;
import static org.cartledger.command.trainee.TraineeFixtures.completed;
import static org.cartledger.command.trainee.TraineeFixtures.enrolled;
import static org.cartledger.command.trainee.TraineeFixtures.enrolledBetween;
import static org.cartledger.command.trainee.TraineeFixtures.extend;
import static org.cartledger.command.trainee.TraineeFixtures.extended;
import static org.cartledger.command.trainee.TraineeFixtures.signOffSkill;
import static org.cartledger.command.trainee.TraineeFixtures.skillSignedOff;
import static org.cartledger.command.trainee.TraineeFixtures.traineeRecordFixture;
import static org.cartledger.command.trainee.TraineeFixtures.withdraw;
import static org.cartledger.command.trainee.TraineeFixtures.withdrawn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cartledger.api.enrollment.CompleteProgramCommand;
import org.cartledger.api.enrollment.CompletionWaiver;
import org.cartledger.api.enrollment.ExtendProgramCommand;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.enrollment.ProgramExtendedEvent;
import org.cartledger.api.enrollment.TraineeWithdrawnEvent;
import org.cartledger.command.trainee.TraineeFixtures.TestPositions;
import org.cartledger.http.problem.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extension, completion (after two weeks, with a committee review, or with a waiver) and withdrawal, and what a
 * record takes before enrollment and after it closes.
 */
class LifecycleTest {

    private static final LocalDate MAY_5 = LocalDate.of(2025, 5, 5);
    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final YearMonth MAY = YearMonth.of(2025, 5);

    private static final String EVERY_ENTRY = "org.cartledger.command.trainee.TraineeFixtures#everyEntry";

    private AggregateTestFixture<TraineeRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = traineeRecordFixture();
    }

    @Nested
    class BeforeEnrollment {

        /** The fixture reports the missing record as Axon does; the RefusalInterceptor turns it into a 404. */
        @ParameterizedTest(name = "{0}")
        @MethodSource(EVERY_ENTRY)
        void refusesEveryKindOfEntryForATraineeWhoIsNotEnrolled(Function<Instant, Object> entry) {
            fixture.givenNoPriorActivity()
                    .when(entry.apply(YESTERDAY))
                    .expectException(AggregateNotFoundException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Extension {

        @Test
        void extendsTheProgramRecordingThePreviousAndNewEndDates() {
            LocalDate newEnd = LocalDate.of(2025, 8, 29);
            fixture.given(enrolled())
                    .when(extend(NEW_ENTRY, newEnd, "Research project needs more time", "director-zhao"))
                    .expectEvents(new ProgramExtendedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, LocalDate.of(2025, 6, 30),
                            LocalDate.of(2025, 8, 29), "Research project needs more time", "director-zhao"))
                    .expectResultMessagePayload(NEW_ENTRY);
        }

        @Test
        void aSecondExtensionStartsFromTheFirstExtensionsEnd() {
            LocalDate firstEnd = LocalDate.of(2025, 7, 31);
            fixture.given(enrolled(), extended("entry-extension-1", END, firstEnd))
                    .when(extend(NEW_ENTRY, LocalDate.of(2025, 8, 29), "Manuscript revision", "director-zhao"))
                    .expectEvents(new ProgramExtendedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, firstEnd,
                            LocalDate.of(2025, 8, 29), "Manuscript revision", "director-zhao"))
                    .expectResultMessagePayload(NEW_ENTRY);
        }

        @Test
        void acceptsEntriesOnTheDaysAnExtensionAdds() {
            LocalDate earlyEnd = LocalDate.of(2025, 4, 30);
            fixture.given(enrolledBetween(START, earlyEnd), extended("entry-extension", earlyEnd, END))
                    .when(signOffSkill(NEW_ENTRY, YESTERDAY))
                    .expectEvents(skillSignedOff(NEW_ENTRY, YESTERDAY))
                    .expectResultMessagePayload(NEW_ENTRY);
        }

        @Test
        void refusesAnExtensionToTheCurrentEndDate() {
            fixture.given(enrolled())
                    .when(extend(NEW_ENTRY, END, "No change", "director-zhao"))
                    .expectException(Refusal.class)
                    .expectException(brokenRule("extension-must-move-end-later", 422))
                    .expectNoEvents();
        }

        @Test
        void refusesAnExtensionThatMovesTheEndEarlier() {
            fixture.given(enrolled())
                    .when(extend(NEW_ENTRY, END.minusDays(10), "Leaving early", "director-zhao"))
                    .expectException(Refusal.class)
                    .expectException(brokenRule("extension-must-move-end-later", 422))
                    .expectNoEvents();
        }

        @Test
        void refusesAnExtensionBeyondSixMonthsWithoutAnApprover() {
            fixture.given(enrolled())
                    .when(extend(NEW_ENTRY, START.plusMonths(7), "Research year", null))
                    .expectException(Refusal.class)
                    .expectException(brokenRule("program-length-needs-approval", 422))
                    .expectNoEvents();
        }

        @Test
        void refusesAnExtensionBeyondSixMonthsWithoutAReason() {
            fixture.given(enrolled())
                    .when(extend(NEW_ENTRY, START.plusMonths(7), " ", "director-zhao"))
                    .expectException(Refusal.class)
                    .expectException(brokenRule("program-length-needs-approval", 422))
                    .expectNoEvents();
        }

        @Test
        void acceptsAnExtensionBeyondSixMonthsWithReasonAndApprover() {
            LocalDate newEnd = START.plusMonths(7);
            fixture.given(enrolled())
                    .when(extend(NEW_ENTRY, newEnd, "Research year", "director-zhao"))
                    .expectEvents(new ProgramExtendedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, END, newEnd,
                            "Research year", "director-zhao"))
                    .expectResultMessagePayload(NEW_ENTRY);
        }

        @Test
        void refusesAnExtensionDecidedInTheFuture() {
            fixture.given(enrolled())
                    .when(new ExtendProgramCommand(TRAINEE_ID, NEW_ENTRY,
                            NOW.plus(Duration.ofMinutes(6)), END.plusMonths(1), "Research", "director-zhao"))
                    .expectException(brokenRule("entry-in-the-future"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Completion {

        @Test
        void completesTheProgram() {
            fixture.given(enrolled(), committeeReviewed("entry-review", YESTERDAY, YearMonth.of(2025, 4)))
                    .when(complete(NEW_ENTRY, YESTERDAY))
                    .expectEvents(new ProgramCompletedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "Completed all rotations"))
                    .expectResultMessagePayload(NEW_ENTRY);
        }

        @Test
        void refusesACompletionWithNoCommitteeReviewOnRecord() {
            fixture.given(enrolled())
                    .when(complete(NEW_ENTRY, YESTERDAY))
                    .expectException(Refusal.class)
                    .expectException(brokenRule("completion-requirements-not-met", 422))
                    .expectExceptionMessage(containsString("a committee review on record"))
                    .expectNoEvents();
        }

        @Test
        void aCorrectedCommitteeReviewDoesNotCountTowardsCompletion() {
            fixture.given(enrolled(), committeeReviewed("entry-review", YESTERDAY, APRIL),
                            corrected("entry-correction", "entry-review", null))
                    .when(complete(NEW_ENTRY, YESTERDAY))
                    .expectException(brokenRule("completion-requirements-not-met", 422))
                    .expectNoEvents();
        }

        /** A review recorded first but dated after the completion did not exist when the program closed. */
        @Test
        void aCommitteeReviewThatTookPlaceAfterTheCompletionDateDoesNotCount() {
            fixture.given(enrolled(), committeeReviewed("entry-review", YESTERDAY, APRIL))
                    .when(complete(NEW_ENTRY, YESTERDAY.minus(Duration.ofDays(3))))
                    .expectException(brokenRule("completion-requirements-not-met", 422))
                    .expectExceptionMessage(containsString("a committee review on record"))
                    .expectNoEvents();
        }

        @Test
        void refusesACompletionBeforeTwoWeeksInTheProgramListingEverythingMissing() {
            fixture.given(enrolledBetween(MAY_5, MAY_5.plusMonths(2)))
                    .when(complete(NEW_ENTRY, at(MAY_5.plusDays(9), 17, 0)))
                    .expectException(brokenRule("completion-requirements-not-met", 422))
                    .expectExceptionMessage(allOf(containsString("two weeks in the program"),
                            containsString("the earliest is 2025-05-18"), containsString("a committee review on record")))
                    .expectNoEvents();
        }

        @Test
        void completesOnTheFourteenthDayOfTheProgramWithAReviewOnRecord() {
            Instant fourteenthDay = at(MAY_5.plusDays(13), 9, 0);
            fixture = traineeRecordFixture(Clock.fixed(fourteenthDay.plusSeconds(3600), ZoneOffset.UTC),
                    new TestPositions(TestPositions.HEAD, 0));
            fixture.given(enrolledBetween(MAY_5, MAY_5.plusMonths(2)), committeeReviewed("entry-review", fourteenthDay, MAY))
                    .when(complete(NEW_ENTRY, fourteenthDay))
                    .expectEvents(completed(NEW_ENTRY, fourteenthDay))
                    .expectResultMessagePayload(NEW_ENTRY);
        }

        @Test
        void completesEarlyAndWithoutAReviewWithAWaiverRecordingReasonAndApprover() {
            CompletionWaiver waiver = new CompletionWaiver("Recalled to home institution; competencies signed off", APPROVER_ID);
            fixture.given(enrolledBetween(MAY_5, MAY_5.plusMonths(2)))
                    .when(new CompleteProgramCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "Completed early", waiver))
                    .expectEvents(new ProgramCompletedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "Completed early", waiver))
                    .expectResultMessagePayload(NEW_ENTRY);
        }

        @Test
        void refusesAWaiverApprovedBySomeoneTheLedgerDoesNotKnow() {
            fixture.given(enrolled())
                    .when(new CompleteProgramCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "Completed early",
                            new CompletionWaiver("Recalled", "dean-nobody")))
                    .expectException(brokenRule("unknown-approver", 422))
                    .expectNoEvents();
        }

        @Test
        void refusesAWaiverApprovedByAnAuditor() {
            fixture.given(enrolled())
                    .when(new CompleteProgramCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "Completed early",
                            new CompletionWaiver("Recalled", "auditor-lin")))
                    .expectException(brokenRule("unknown-approver", 422))
                    .expectExceptionMessage(containsString("holds AUDITOR"))
                    .expectNoEvents();
        }

        @Test
        void refusesAWaiverWithoutAReason() {
            fixture.given(enrolled())
                    .when(new CompleteProgramCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "Completed early",
                            new CompletionWaiver(" ", APPROVER_ID)))
                    .expectException(brokenRule("completion-waiver-incomplete", 422))
                    .expectNoEvents();
        }

        @Test
        void refusesACompletionBeforeTheProgramStarts() {
            fixture.given(enrolledBetween(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 8, 29)))
                    .when(complete(NEW_ENTRY, YESTERDAY))
                    .expectException(Refusal.class)
                    .expectException(brokenRule("completion-before-start", 422))
                    .expectNoEvents();
        }

        @Test
        void refusesACompletionInTheFuture() {
            fixture.given(enrolled())
                    .when(complete(NEW_ENTRY, NOW.plus(Duration.ofMinutes(6))))
                    .expectException(brokenRule("entry-in-the-future"))
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(EVERY_ENTRY)
        void refusesEveryKindOfEntryAfterCompletion(Function<Instant, Object> entry) {
            fixture.given(enrolled(), completed("entry-completion", YESTERDAY.minus(Duration.ofHours(1))))
                    .when(entry.apply(YESTERDAY))
                    .expectException(Refusal.class)
                    .expectException(brokenRule("record-closed", 409))
                    .expectNoEvents();
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void withdrawsTheTrainee() {
            fixture.given(enrolled())
                    .when(withdraw(NEW_ENTRY, YESTERDAY))
                    .expectEvents(new TraineeWithdrawnEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "Family reasons"))
                    .expectResultMessagePayload(NEW_ENTRY);
        }

        @Test
        void refusesAWithdrawalInTheFuture() {
            fixture.given(enrolled())
                    .when(withdraw(NEW_ENTRY, NOW.plus(Duration.ofMinutes(6))))
                    .expectException(brokenRule("entry-in-the-future"))
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(EVERY_ENTRY)
        void refusesEveryKindOfEntryAfterWithdrawal(Function<Instant, Object> entry) {
            fixture.given(enrolled(), withdrawn("entry-withdrawal", YESTERDAY.minus(Duration.ofHours(1))))
                    .when(entry.apply(YESTERDAY))
                    .expectException(Refusal.class)
                    .expectException(brokenRule("record-closed", 409))
                    .expectNoEvents();
        }
    }
}
