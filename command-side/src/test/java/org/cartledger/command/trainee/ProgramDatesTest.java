package org.cartledger.command.trainee;

import static org.cartledger.command.trainee.BrokenRule.brokenRule;
import static org.cartledger.command.trainee.TraineeFixtures.NEW_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.NOW;
import static org.cartledger.command.trainee.TraineeFixtures.START;
import static org.cartledger.command.trainee.TraineeFixtures.TRAINEE_ID;
import static org.cartledger.command.trainee.TraineeFixtures.at;
import static org.cartledger.command.trainee.TraineeFixtures.enrolled;
import static org.cartledger.command.trainee.TraineeFixtures.enrolledBetween;
import static org.cartledger.command.trainee.TraineeFixtures.signOffSkill;
import static org.cartledger.command.trainee.TraineeFixtures.traineeRecordFixture;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.http.problem.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An entry must fall on a program day in the program's zone (Asia/Shanghai, UTC+8) and must not lie
 * in the future, give or take five minutes of clock skew.
 */
class ProgramDatesTest {

    private static final String ENTRY_KINDS = "org.cartledger.command.trainee.TraineeFixtures#entriesWithinProgram";
    /** A program that ended before {@link TraineeFixtures#NOW}, so that "after the end" is not also "in the future". */
    private static final LocalDate EARLY_END = LocalDate.of(2025, 4, 30);

    private AggregateTestFixture<TraineeRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = traineeRecordFixture();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ENTRY_KINDS)
    void refusesAnEntryOnTheDayBeforeTheProgramStarts(Function<Instant, Object> entry) {
        fixture.given(enrolled())
                .when(entry.apply(at(START.minusDays(1), 23, 30)))
                .expectException(Refusal.class)
                .expectException(brokenRule("entry-outside-program-dates", 422))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ENTRY_KINDS)
    void refusesAnEntryOnTheDayAfterTheProgramEnds(Function<Instant, Object> entry) {
        fixture.given(enrolledBetween(START, EARLY_END))
                .when(entry.apply(at(EARLY_END.plusDays(1), 0, 30)))
                .expectException(Refusal.class)
                .expectException(brokenRule("entry-outside-program-dates", 422))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ENTRY_KINDS)
    void refusesAnEntryMoreThanFiveMinutesInTheFuture(Function<Instant, Object> entry) {
        fixture.given(enrolled())
                .when(entry.apply(NOW.plus(Duration.ofMinutes(6))))
                .expectException(Refusal.class)
                .expectException(brokenRule("entry-in-the-future", 422))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ENTRY_KINDS)
    void acceptsEveryKindOfEntryOnAProgramDay(Function<Instant, Object> entry) {
        fixture.given(enrolled())
                .when(entry.apply(NOW.minus(Duration.ofHours(1))))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void acceptsAnEntryInTheFirstHourOfTheFirstDayInShanghaiWhileItIsStillTheDayBeforeInUtc() {
        Instant firstHour = at(START, 0, 30); // 2 March 2025, 16:30 UTC
        fixture.given(enrolled())
                .when(signOffSkill(NEW_ENTRY, firstHour))
                .expectEvents(skillLoggedAt(firstHour))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesAnEntryInTheFirstHourOfTheDayAfterTheEndInShanghaiWhileItIsStillTheLastDayInUtc() {
        Instant firstHourAfter = at(EARLY_END.plusDays(1), 0, 30); // 30 April 2025, 16:30 UTC
        fixture.given(enrolledBetween(START, EARLY_END))
                .when(signOffSkill(NEW_ENTRY, firstHourAfter))
                .expectException(brokenRule("entry-outside-program-dates"))
                .expectNoEvents();
    }

    @Test
    void acceptsAnEntryLateOnTheLastProgramDay() {
        Instant lastEvening = at(EARLY_END, 23, 30);
        fixture.given(enrolledBetween(START, EARLY_END))
                .when(signOffSkill(NEW_ENTRY, lastEvening))
                .expectEvents(skillLoggedAt(lastEvening))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void acceptsAnEntryTwoMinutesAheadOfTheServerClock() {
        Instant ahead = NOW.plus(Duration.ofMinutes(2));
        fixture.given(enrolled())
                .when(signOffSkill(NEW_ENTRY, ahead))
                .expectEvents(skillLoggedAt(ahead))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void acceptsAnEntryExactlyFiveMinutesAheadOfTheServerClock() {
        Instant ahead = NOW.plus(Duration.ofMinutes(5));
        fixture.given(enrolled())
                .when(signOffSkill(NEW_ENTRY, ahead))
                .expectEvents(skillLoggedAt(ahead))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesAnEntryFiveMinutesAndOneSecondAheadOfTheServerClock() {
        fixture.given(enrolled())
                .when(signOffSkill(NEW_ENTRY, NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)))
                .expectException(brokenRule("entry-in-the-future"))
                .expectNoEvents();
    }

    private static SkillSignedOffEvent skillLoggedAt(Instant occurredAt) {
        return new SkillSignedOffEvent(TRAINEE_ID, NEW_ENTRY, occurredAt, "CRS_MANAGEMENT", "faculty-chen",
                "Signed off on the ward");
    }
}
