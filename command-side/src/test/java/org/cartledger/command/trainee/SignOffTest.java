package org.cartledger.command.trainee;

import static org.cartledger.command.trainee.BrokenRule.brokenRule;
import static org.cartledger.command.trainee.TraineeFixtures.APPROVER_ID;
import static org.cartledger.command.trainee.TraineeFixtures.COORDINATOR_ID;
import static org.cartledger.command.trainee.TraineeFixtures.END;
import static org.cartledger.command.trainee.TraineeFixtures.FACULTY_ID;
import static org.cartledger.command.trainee.TraineeFixtures.NEW_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.OTHER_FACULTY_ID;
import static org.cartledger.command.trainee.TraineeFixtures.START;
import static org.cartledger.command.trainee.TraineeFixtures.TRAINEE_ID;
import static org.cartledger.command.trainee.TraineeFixtures.YESTERDAY;
import static org.cartledger.command.trainee.TraineeFixtures.allCompetenciesAt;
import static org.cartledger.command.trainee.TraineeFixtures.enrolled;
import static org.cartledger.command.trainee.TraineeFixtures.enrollment;
import static org.cartledger.command.trainee.TraineeFixtures.extend;
import static org.cartledger.command.trainee.TraineeFixtures.recordedBy;
import static org.cartledger.command.trainee.TraineeFixtures.traineeRecordFixture;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cartledger.api.activity.SignOffSkillCommand;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.RecordProcedureCommand;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.enrollment.EnrollTraineeCommand;
import org.cartledger.api.evaluation.AssessTechnicalCompetencyCommand;
import org.cartledger.api.evaluation.RecordFacultyFeedbackCommand;
import org.cartledger.api.evaluation.RecordRotationEvaluationCommand;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.problem.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The faculty an entry names: the signed-in faculty member signs off unless the entry says on whose behalf
 * it is made (and then records both), and everyone it names is a user the ledger knows in a fitting role.
 */
class SignOffTest {

    private AggregateTestFixture<TraineeRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = traineeRecordFixture();
    }

    private static SignOffSkillCommand skill(String signedOffBy, String onBehalfOf) {
        return new SignOffSkillCommand(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "CRS_MANAGEMENT", signedOffBy, "On the ward", onBehalfOf);
    }

    private static SkillSignedOffEvent skillSignedOff(String signedOffBy, String onBehalfOf) {
        return new SkillSignedOffEvent(TRAINEE_ID, NEW_ENTRY, YESTERDAY, "CRS_MANAGEMENT", signedOffBy, "On the ward", onBehalfOf);
    }

    @Test
    void aSkillLeftUnsignedIsSignedOffByTheSignedInFacultyMember() {
        fixture.given(enrolled())
                .when(skill(null, null), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectEvents(skillSignedOff(FACULTY_ID, null))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void aFacultyMemberSignsOffInTheirOwnName() {
        fixture.given(enrolled())
                .when(skill(FACULTY_ID, null), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectEvents(skillSignedOff(FACULTY_ID, null))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesASkillSignedOffInAColleaguesNameWithoutSayingOnWhoseBehalf() {
        fixture.given(enrolled())
                .when(skill(OTHER_FACULTY_ID, null), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectException(Refusal.class)
                .expectException(brokenRule("signer-not-recorder", 422))
                .expectExceptionMessage(allOf(containsString("signedOffBy"), containsString("\"onBehalfOf\":\"" + OTHER_FACULTY_ID + "\"")))
                .expectNoEvents();
    }

    @Test
    void recordsASkillOnBehalfOfAColleagueNamingThemAsTheSigner() {
        fixture.given(enrolled())
                .when(skill(null, OTHER_FACULTY_ID), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectEvents(skillSignedOff(OTHER_FACULTY_ID, OTHER_FACULTY_ID))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void recordsASkillOnBehalfOfAColleagueWhoIsAlsoNamedAsTheSigner() {
        fixture.given(enrolled())
                .when(skill(OTHER_FACULTY_ID, OTHER_FACULTY_ID), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectEvents(skillSignedOff(OTHER_FACULTY_ID, OTHER_FACULTY_ID))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void onBehalfOfOneselfIsOnesOwnSignOff() {
        fixture.given(enrolled())
                .when(skill(null, FACULTY_ID), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectEvents(skillSignedOff(FACULTY_ID, null))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void refusesASignerWhoIsNotTheOneOnWhoseBehalfTheEntryIsMade() {
        fixture.given(enrolled())
                .when(skill(FACULTY_ID, OTHER_FACULTY_ID), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectException(brokenRule("signer-not-recorder", 422))
                .expectNoEvents();
    }

    @Test
    void refusesAnEntryOnBehalfOfSomeoneTheLedgerDoesNotKnow() {
        fixture.given(enrolled())
                .when(skill(null, "faculty-nobody"), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectException(brokenRule("unknown-faculty-member", 422))
                .expectExceptionMessage(containsString("onBehalfOf 'faculty-nobody'"))
                .expectNoEvents();
    }

    @Test
    void refusesAnEntryOnBehalfOfAUserWhoIsNotFaculty() {
        fixture.given(enrolled())
                .when(skill(null, COORDINATOR_ID), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectException(brokenRule("unknown-faculty-member", 422))
                .expectExceptionMessage(containsString("holds COORDINATOR, not FACULTY"))
                .expectNoEvents();
    }

    /** Each kind of entry faculty sign, as a function of (signer field, onBehalfOf). */
    static Stream<Named<BiFunction<String, String, Object>>> signedEntries() {
        return Stream.of(
                Named.of("procedure (supervisorId)", (signer, behalf) -> new RecordProcedureCommand(TRAINEE_ID, NEW_ENTRY,
                        YESTERDAY, "CAR_T_INFUSION_INTRAVENOUS", ProcedureSetting.CLINICAL, SupervisionLevel.OBSERVED, signer,
                        null, behalf)),
                Named.of("skill (signedOffBy)", (signer, behalf) -> skill(signer, behalf)),
                Named.of("rotation evaluation (evaluatorId)", (signer, behalf) -> new RecordRotationEvaluationCommand(TRAINEE_ID,
                        NEW_ENTRY, YESTERDAY, "CAR-T ward", signer, allCompetenciesAt(3), null, behalf)),
                Named.of("feedback (facultyId)", (signer, behalf) -> new RecordFacultyFeedbackCommand(TRAINEE_ID, NEW_ENTRY,
                        YESTERDAY, signer, "Calm", null, null, behalf)),
                Named.of("technical assessment (assessorId)", (signer, behalf) -> new AssessTechnicalCompetencyCommand(TRAINEE_ID,
                        NEW_ENTRY, YESTERDAY, signer, TechnicalArea.PROCEDURES, null, 3, null, behalf)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedEntries")
    void refusesEveryFacultyEntryInAColleaguesNameWithoutOnBehalfOf(BiFunction<String, String, Object> entry) {
        fixture.given(enrolled())
                .when(entry.apply(OTHER_FACULTY_ID, null), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectException(brokenRule("signer-not-recorder", 422))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedEntries")
    void refusesEveryFacultyEntryOnBehalfOfSomeoneUnknown(BiFunction<String, String, Object> entry) {
        fixture.given(enrolled())
                .when(entry.apply(null, "faculty-nobody"), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectException(brokenRule("unknown-faculty-member", 422))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedEntries")
    void recordsEveryFacultyEntryOnBehalfOfAKnownColleague(BiFunction<String, String, Object> entry) {
        fixture.given(enrolled())
                .when(entry.apply(null, OTHER_FACULTY_ID), recordedBy(FACULTY_ID, LedgerRole.FACULTY))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(NEW_ENTRY);
    }

    // ---- mentor and approvers

    @Test
    void refusesAnEnrollmentWhoseMentorIsNotAKnownFacultyMember() {
        EnrollTraineeCommand command = enrollment().command();
        fixture.givenNoPriorActivity()
                .when(new EnrollTraineeCommand(TRAINEE_ID, command.entryId(), command.occurredAt(), command.fullName(),
                        command.track(), command.eligibility(), command.startDate(), command.endDate(), command.timeZone(),
                        "mentor-nobody", null))
                .expectException(brokenRule("unknown-faculty-member", 422))
                .expectExceptionMessage(containsString("mentorId 'mentor-nobody'"))
                .expectNoEvents();
    }

    @Test
    void enrollsATraineeWithoutAMentor() {
        EnrollTraineeCommand command = enrollment().command();
        fixture.givenNoPriorActivity()
                .when(new EnrollTraineeCommand(TRAINEE_ID, command.entryId(), command.occurredAt(), command.fullName(),
                        command.track(), command.eligibility(), command.startDate(), command.endDate(), command.timeZone(),
                        null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesALengthApprovalBySomeoneTheLedgerDoesNotKnow() {
        fixture.givenNoPriorActivity()
                .when(enrollment().between(START, START.plusMonths(8)).withLengthApproval("Research year", "dean-nobody").command())
                .expectException(brokenRule("unknown-approver", 422))
                .expectExceptionMessage(containsString("lengthApproval.approvedBy"))
                .expectNoEvents();
    }

    @Test
    void refusesAnExtensionApprovedBySomeoneTheLedgerDoesNotKnow() {
        fixture.given(enrolled())
                .when(extend(NEW_ENTRY, END.plusMonths(1), "Research", "dean-nobody"))
                .expectException(brokenRule("unknown-approver", 422))
                .expectNoEvents();
    }

    @Test
    void theSignedInCoordinatorMayApproveAnExtensionThemself() {
        fixture.given(enrolled())
                .when(extend(NEW_ENTRY, END.plusMonths(1), "Research", "coord-new"), recordedBy("coord-new", LedgerRole.COORDINATOR))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aKnownCoordinatorApprovesAnExtension() {
        fixture.given(enrolled())
                .when(extend(NEW_ENTRY, LocalDate.of(2025, 7, 31), "Research", APPROVER_ID))
                .expectSuccessfulHandlerExecution();
    }
}
