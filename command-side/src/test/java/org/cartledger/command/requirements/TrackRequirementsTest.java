package org.cartledger.command.requirements;

import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.DefineRequirementSetCommand;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.api.requirements.RequirementSet.AttendanceMinimum;
import org.cartledger.api.requirements.RequirementSet.MilestoneMinimum;
import org.cartledger.api.requirements.RequirementSet.ProcedureMinimum;
import org.cartledger.api.requirements.RequirementSetDefinedEvent;
import org.cartledger.http.problem.Refusal;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A track's requirement sets: versions in order, each checked whole before it is recorded. */
class TrackRequirementsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final String FELLOWS = RequirementSetDefinedEvent.recordIdOf(Track.FELLOW);

    private static final RequirementSet FIVE_INFUSIONS = new RequirementSet(
            List.of(new ProcedureMinimum("CAR_T_INFUSION_INTRAVENOUS", 5, SupervisionLevel.DIRECT_SUPERVISION)),
            List.of("CRS_MANAGEMENT"), List.of(new AttendanceMinimum("MDT_TUMOR_BOARD", 4)),
            List.of(new MilestoneMinimum("PATIENT_CARE", 3)), 1, 2);

    private AggregateTestFixture<TrackRequirements> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(TrackRequirements.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The refusal of this rule (the fixture compares exceptions by matcher). */
    private static Matcher<Throwable> refusal(String rule) {
        return new CustomTypeSafeMatcher<>("a refusal of rule " + rule) {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof Refusal refusal && refusal.rule().equals(rule);
            }
        };
    }

    private static DefineRequirementSetCommand define(String entryId, LocalDate effectiveFrom, RequirementSet set) {
        return new DefineRequirementSetCommand(FELLOWS, entryId, NOW, Track.FELLOW, effectiveFrom, set, "Program revision");
    }

    private static RequirementSetDefinedEvent defined(String entryId, int version, LocalDate effectiveFrom, RequirementSet set) {
        return new RequirementSetDefinedEvent(Track.FELLOW, entryId, NOW, version, effectiveFrom, set, "Program revision");
    }

    @Test
    void theFirstSetOfATrackIsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(define("set-1", MARCH, FIVE_INFUSIONS))
                .expectEvents(defined("set-1", 1, MARCH, FIVE_INFUSIONS))
                .expectResultMessagePayload("set-1");
    }

    @Test
    void aRevisionIsTheNextVersionAndMayTakeEffectTheSameDayOrLater() {
        fixture.given(defined("set-1", 1, MARCH, FIVE_INFUSIONS), defined("set-2", 2, MARCH, FIVE_INFUSIONS))
                .when(define("set-3", MARCH.plusMonths(1), FIVE_INFUSIONS))
                .expectEvents(defined("set-3", 3, MARCH.plusMonths(1), FIVE_INFUSIONS));
    }

    @Test
    void aRevisionMayTakeEffectBeforeTheVersionItRevises() {
        // it applies to enrollments recorded after it only, so an earlier date reaches back under nobody
        fixture.given(defined("set-1", 1, MARCH, FIVE_INFUSIONS))
                .when(define("set-2", MARCH.minusMonths(2), FIVE_INFUSIONS))
                .expectEvents(defined("set-2", 2, MARCH.minusMonths(2), FIVE_INFUSIONS));
    }

    @Test
    void anEmptySetIsASetThatRequiresNothing() {
        RequirementSet nothing = new RequirementSet(null, null, null, null, 0, 0);
        fixture.givenNoPriorActivity()
                .when(define("set-1", MARCH, nothing))
                .expectEvents(defined("set-1", 1, MARCH, nothing));
    }

    static List<Object[]> refusedSets() {
        ProcedureMinimum infusions = new ProcedureMinimum("CAR_T_INFUSION_INTRAVENOUS", 5, SupervisionLevel.DIRECT_SUPERVISION);
        return List.of(
                refused("not-in-catalog", "requirements.procedures[0].procedure 'CAR_T_JUGGLING'",
                        new RequirementSet(List.of(new ProcedureMinimum("CAR_T_JUGGLING", 1, SupervisionLevel.OBSERVED)), null, null, null, 0, 0)),
                refused("requirement-set-invalid", "requirements.procedures[0].count must be at least 1",
                        new RequirementSet(List.of(new ProcedureMinimum("CAR_T_INFUSION_INTRAVENOUS", 0, SupervisionLevel.OBSERVED)), null, null, null, 0, 0)),
                refused("requirement-set-invalid", "requirements.procedures[0].atLeast must name",
                        new RequirementSet(List.of(new ProcedureMinimum("CAR_T_INFUSION_INTRAVENOUS", 2, null)), null, null, null, 0, 0)),
                refused("requirement-named-twice", "requirements.procedures names 'CAR_T_INFUSION_INTRAVENOUS' twice",
                        new RequirementSet(List.of(infusions, infusions), null, null, null, 0, 0)),
                refused("not-in-catalog", "requirements.skills[1] 'CRS'",
                        new RequirementSet(null, List.of("CRS_MANAGEMENT", "CRS"), null, null, 0, 0)),
                refused("requirement-named-twice", "requirements.skills names 'CRS_MANAGEMENT' twice",
                        new RequirementSet(null, List.of("CRS_MANAGEMENT", "CRS_MANAGEMENT"), null, null, 0, 0)),
                refused("not-in-catalog", "requirements.attendance[0].activityType 'TEA'",
                        new RequirementSet(null, null, List.of(new AttendanceMinimum("TEA", 1)), null, 0, 0)),
                refused("requirement-set-invalid", "requirements.attendance[0].count must be at least 1",
                        new RequirementSet(null, null, List.of(new AttendanceMinimum("JOURNAL_CLUB", -2)), null, 0, 0)),
                refused("requirement-set-invalid", "requirements.milestones[0].level must be a milestone level from 1 to 5, was 6",
                        new RequirementSet(null, null, null, List.of(new MilestoneMinimum("PATIENT_CARE", 6)), 0, 0)),
                refused("not-in-catalog", "requirements.milestones[0].competency 'CHARM'",
                        new RequirementSet(null, null, null, List.of(new MilestoneMinimum("CHARM", 3)), 0, 0)),
                refused("requirement-set-invalid", "requirements.researchPresentations must be 0",
                        new RequirementSet(null, null, null, null, -1, 0)),
                refused("requirement-set-invalid", "requirements.committeeReviews must be 0",
                        new RequirementSet(null, null, null, null, 0, -1)));
    }

    private static Object[] refused(String rule, String message, RequirementSet set) {
        return new Object[]{rule, message, set};
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedSets")
    void aSetThatCannotSayExactlyWhatItRequiresIsRefusedNamingTheField(String rule, String message, RequirementSet set) {
        fixture.given(defined("set-1", 1, MARCH, FIVE_INFUSIONS))
                .when(define("set-2", MARCH, set))
                .expectException(refusal((rule)))
                .expectExceptionMessage(containsString(message))
                .expectNoEvents();
    }

    @Test
    void aSetDatedInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DefineRequirementSetCommand(FELLOWS, "set-1", NOW.plusSeconds(3600), Track.FELLOW, MARCH, FIVE_INFUSIONS, "x"))
                .expectException(refusal(("entry-in-the-future")))
                .expectNoEvents();
    }

    @Test
    void theDefaultSetsAreSetsThePolicyAccepts() {
        for (Track track : Track.values()) {
            RequirementSetPolicy.check(DefaultRequirementSets.of(track));
        }
    }
}
