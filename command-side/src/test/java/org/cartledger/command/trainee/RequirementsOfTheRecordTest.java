package org.cartledger.command.trainee;

import static org.cartledger.command.trainee.BrokenRule.brokenRule;
import static org.cartledger.command.trainee.TraineeFixtures.COMMITTEE_MEMBER_ID;
import static org.cartledger.command.trainee.TraineeFixtures.NEW_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.NOW;
import static org.cartledger.command.trainee.TraineeFixtures.TRAINEE_ID;
import static org.cartledger.command.trainee.TraineeFixtures.YESTERDAY;
import static org.cartledger.command.trainee.TraineeFixtures.committeeReviewed;
import static org.cartledger.command.trainee.TraineeFixtures.complete;
import static org.cartledger.command.trainee.TraineeFixtures.completed;
import static org.cartledger.command.trainee.TraineeFixtures.enrolledBetween;
import static org.cartledger.command.trainee.TraineeFixtures.recordedBy;
import static org.cartledger.command.trainee.TraineeFixtures.traineeRecordFixture;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cartledger.api.correction.CorrectEntryCommand;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.enrollment.CompleteProgramCommand;
import org.cartledger.api.enrollment.CompletionWaiver;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.api.requirements.MoveToRequirementSetCommand;
import org.cartledger.api.requirements.RequirementKind;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.api.requirements.RequirementStatus;
import org.cartledger.api.requirements.TraineeMovedToRequirementSetEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The record checks a completion against the trainee's requirement set, and a move to a newer set. */
class RequirementsOfTheRecordTest {

    // a program long enough to complete on the fixture's "yesterday", with a review held before then
    private static final LocalDate START = LocalDate.of(2025, 3, 3);
    private static final Instant REVIEWED = YESTERDAY.minusSeconds(86_400);

    private static RequirementSetView set(int version) {
        return new RequirementSetView(Track.FELLOW, version, START.minusDays(10 - version), new RequirementSet(List.of(),
                List.of("CRS_MANAGEMENT"), List.of(), List.of(), 0, 1), "why", "set-" + version, NOW, NOW, "coord-li", version);
    }

    private static RequirementProgress progress(int version, RequirementStatus... requirements) {
        boolean met = List.of(requirements).stream().allMatch(RequirementStatus::met);
        return new RequirementProgress(Track.FELLOW, version, START, RequirementProgress.Basis.IN_FORCE_AT_ENROLLMENT,
                List.of(requirements), met ? 100 : 50, met);
    }

    private static final RequirementStatus INFUSIONS_MISSING = new RequirementStatus(RequirementKind.PROCEDURE,
            "CAR_T_INFUSION_INTRAVENOUS", "CAR-T infusion, intravenous", 3, 5,
            "2 more CAR-T infusion, intravenous at DIRECT_SUPERVISION or with less supervision (3 of 5)");
    private static final RequirementStatus CRS_MISSING = new RequirementStatus(RequirementKind.SKILL, "CRS_MANAGEMENT",
            "Cytokine release syndrome (CRS) management", 0, 1, "Cytokine release syndrome (CRS) management signed off");
    private static final RequirementStatus REVIEW_MET = new RequirementStatus(RequirementKind.COMMITTEE_REVIEW, null,
            "Committee reviews", 1, 1, null);

    @Nested
    class Completion {

        @Test
        void isRefusedWithEveryRequirementMissingNamedInOneRefusal() {
            traineeRecordFixture(new TestRequirements().withProgress(progress(1, INFUSIONS_MISSING, CRS_MISSING, REVIEW_MET)))
                    .given(enrolledBetween(START, START.plusMonths(3)), committeeReviewed("entry-review", REVIEWED, YearMonth.from(START)))
                    .when(complete(NEW_ENTRY, YESTERDAY))
                    .expectException(brokenRule("completion-requirements-not-met", 422))
                    .expectExceptionMessage(allOf(containsString("2 more CAR-T infusion, intravenous"),
                            containsString("Cytokine release syndrome (CRS) management signed off"),
                            containsString("requirement set FELLOW version 1")))
                    .expectNoEvents();
        }

        @Test
        void isRefusedWhileTheTrackHasNoSetOnRecord() {
            traineeRecordFixture(new TestRequirements().withProgress(null))
                    .given(enrolledBetween(START, START.plusMonths(3)), committeeReviewed("entry-review", REVIEWED, YearMonth.from(START)))
                    .when(complete(NEW_ENTRY, YESTERDAY))
                    .expectException(brokenRule("completion-requirements-not-met", 422))
                    .expectExceptionMessage(containsString("a requirement set for the trainee's track"))
                    .expectNoEvents();
        }

        @Test
        void isAcceptedOnceEveryRequirementIsMet() {
            traineeRecordFixture(new TestRequirements().withProgress(progress(1, REVIEW_MET)))
                    .given(enrolledBetween(START, START.plusMonths(3)), committeeReviewed("entry-review", REVIEWED, YearMonth.from(START)))
                    .when(complete(NEW_ENTRY, YESTERDAY))
                    .expectEvents(completed(NEW_ENTRY, YESTERDAY));
        }

        @Test
        void withRequirementsMissingIsAcceptedWithAnExceptionApprovedByACommitteeMember() {
            CompletionWaiver exception = new CompletionWaiver("Infusions done at the home institution, letter on file",
                    COMMITTEE_MEMBER_ID);
            traineeRecordFixture(new TestRequirements().withProgress(progress(1, INFUSIONS_MISSING)))
                    .given(enrolledBetween(START, START.plusMonths(3)), committeeReviewed("entry-review", REVIEWED, YearMonth.from(START)))
                    .when(new CompleteProgramCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "Completed", exception))
                    .expectEvents(new ProgramCompletedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "Completed", exception));
        }

        @Test
        void withAnExceptionApprovedByAnAuditorIsRefused() {
            traineeRecordFixture(new TestRequirements().withProgress(progress(1, INFUSIONS_MISSING)))
                    .given(enrolledBetween(START, START.plusMonths(3)))
                    .when(new CompleteProgramCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "Completed",
                            new CompletionWaiver("Done elsewhere", "auditor-lin")))
                    .expectException(brokenRule("unknown-approver", 422))
                    .expectNoEvents();
        }
    }

    @Nested
    class MoveToANewerSet {

        @Test
        void isRecordedWithItsReason() {
            traineeRecordFixture(new TestRequirements().withSets(List.of(set(1), set(2))).withProgress(progress(1, REVIEW_MET)))
                    .given(enrolledBetween(START, START.plusMonths(3)))
                    .when(new MoveToRequirementSetCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, 2, "Program revised; fairer to measure by v2"))
                    .expectEvents(new TraineeMovedToRequirementSetEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, 2,
                            "Program revised; fairer to measure by v2"));
        }

        @Test
        void isRefusedForAVersionNotOnRecord() {
            traineeRecordFixture(new TestRequirements().withSets(List.of(set(1))).withProgress(progress(1, REVIEW_MET)))
                    .given(enrolledBetween(START, START.plusMonths(3)))
                    .when(new MoveToRequirementSetCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, 3, "typo"))
                    .expectException(brokenRule("requirement-set-not-found", 422))
                    .expectExceptionMessage(containsString("on record: [1]"))
                    .expectNoEvents();
        }

        @Test
        void isRefusedForTheSetAlreadyInForceOrAnOlderOne() {
            traineeRecordFixture(new TestRequirements().withSets(List.of(set(1), set(2))).withProgress(progress(2, REVIEW_MET)))
                    .given(enrolledBetween(START, START.plusMonths(3)))
                    .when(new MoveToRequirementSetCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, 1, "back"))
                    .expectException(brokenRule("requirement-set-not-newer", 422))
                    .expectNoEvents();
        }

        @Test
        void isCorrectedByTheCommitteeOnly() {
            TraineeMovedToRequirementSetEvent moved = new TraineeMovedToRequirementSetEvent(TRAINEE_ID, "entry-move", YESTERDAY, 2,
                    "Program revised");
            CorrectEntryCommand correction = new CorrectEntryCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "entry-move",
                    "Moved the wrong trainee", null);
            traineeRecordFixture(new TestRequirements())
                    .given(enrolledBetween(START, START.plusMonths(3)), moved)
                    .when(correction, recordedBy(TraineeFixtures.COORDINATOR_ID, LedgerRole.COORDINATOR))
                    .expectException(brokenRule("correction-not-permitted", 422))
                    .expectExceptionMessage(containsString("only the committee corrects it"))
                    .expectNoEvents();
            traineeRecordFixture(new TestRequirements())
                    .given(enrolledBetween(START, START.plusMonths(3)), moved)
                    .when(correction, recordedBy(COMMITTEE_MEMBER_ID, LedgerRole.COMMITTEE))
                    .expectEvents(new EntryCorrectedEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "entry-move", "Moved the wrong trainee", null));
        }

        @Test
        void isRefusedOnceTheProgramIsClosed() {
            traineeRecordFixture(new TestRequirements().withSets(List.of(set(1), set(2))).withProgress(progress(1, REVIEW_MET)))
                    .given(enrolledBetween(START, START.plusMonths(3)), committeeReviewed("entry-review", REVIEWED, YearMonth.from(START)),
                            completed("entry-done", REVIEWED.plusSeconds(60)))
                    .when(new MoveToRequirementSetCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, 2, "late"))
                    .expectException(brokenRule("record-closed", 409))
                    .expectNoEvents();
        }
    }
}
