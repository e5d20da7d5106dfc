package org.cartledger.command.trainee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cartledger.api.activity.AttendanceRecordedEvent;
import org.cartledger.api.activity.SignOffSkillCommand;
import org.cartledger.api.activity.ProcedureRecordedEvent;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.RecordAttendanceCommand;
import org.cartledger.api.activity.RecordProcedureCommand;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.committee.RecordCommitteeReviewCommand;
import org.cartledger.api.correction.CorrectEntryCommand;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.enrollment.CompleteProgramCommand;
import org.cartledger.api.enrollment.EligibilityEvidence;
import org.cartledger.api.enrollment.EnrollTraineeCommand;
import org.cartledger.api.enrollment.ExtendProgramCommand;
import org.cartledger.api.enrollment.LengthApproval;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.enrollment.ProgramExtendedEvent;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.TraineeWithdrawnEvent;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.enrollment.WithdrawTraineeCommand;
import org.cartledger.api.evaluation.AssessTechnicalCompetencyCommand;
import org.cartledger.api.evaluation.RecordFacultyFeedbackCommand;
import org.cartledger.api.evaluation.RecordRotationEvaluationCommand;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.api.requirements.MoveToRequirementSetCommand;
import org.cartledger.api.research.RecordResearchProgressCommand;
import org.cartledger.api.research.ResearchMilestone;
import org.cartledger.command.committee.LedgerPositions;
import org.cartledger.http.security.KnownUsers;
import org.cartledger.command.people.NamedPeople;
import org.junit.jupiter.api.Named;

/**
 * Test data for {@link TraineeRecord}: one trainee, a fellow in the Shanghai program from 3 March to
 * 30 June 2025, and a server clock fixed at 15 May 2025, 10:00 in Shanghai.
 */
final class TraineeFixtures {

    static final TraineeId TRAINEE_ID = new TraineeId("fellow-2025-017");
    static final String FULL_NAME = "Lin Mei";
    static final String MENTOR_ID = "mentor-wang";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate START = LocalDate.of(2025, 3, 3);
    static final LocalDate END = LocalDate.of(2025, 6, 30);
    static final Instant NOW = at(LocalDate.of(2025, 5, 15), 10, 0);
    /** A moment inside the program and before {@link #NOW}. */
    static final Instant YESTERDAY = at(LocalDate.of(2025, 5, 14), 9, 30);
    static final Instant ENROLLED_AT = at(LocalDate.of(2025, 2, 20), 9, 0);
    static final String ENROLLMENT_ENTRY = "entry-enrollment";
    static final String NEW_ENTRY = "entry-new";

    private TraineeFixtures() {
    }

    /** The faculty member who records (and signs) faculty entries unless a test says otherwise. */
    static final String FACULTY_ID = "faculty-chen";
    static final String OTHER_FACULTY_ID = "faculty-zhou";
    static final String COORDINATOR_ID = "coord-li";
    static final String COMMITTEE_MEMBER_ID = "committee-wu";
    static final String APPROVER_ID = "director-zhao";

    /** The users the ledger knows in these tests, with their roles. */
    static final Map<String, Set<LedgerRole>> USERS = Map.of(
            FACULTY_ID, Set.of(LedgerRole.FACULTY),
            OTHER_FACULTY_ID, Set.of(LedgerRole.FACULTY),
            MENTOR_ID, Set.of(LedgerRole.FACULTY),
            COORDINATOR_ID, Set.of(LedgerRole.COORDINATOR),
            COMMITTEE_MEMBER_ID, Set.of(LedgerRole.COMMITTEE),
            APPROVER_ID, Set.of(LedgerRole.COORDINATOR),
            "auditor-lin", Set.of(LedgerRole.AUDITOR));

    /**
     * A fixture for the record whose handlers read {@link #NOW} from their injected clock, know {@link #USERS},
     * and stand in a ledger whose head is at {@link TestPositions#HEAD} with this trainee enrolled at position 0.
     * Each command is sent as the server sends it, with its recorder in the metadata: by default whoever the
     * role matrix lets make that entry ({@link #defaultRecorder}); a test names another with
     * {@code when(command, recordedBy(...))}.
     */
    static AggregateTestFixture<TraineeRecord> traineeRecordFixture() {
        return traineeRecordFixture(new TestPositions(TestPositions.HEAD, 0));
    }

    static AggregateTestFixture<TraineeRecord> traineeRecordFixture(LedgerPositions positions) {
        return traineeRecordFixture(Clock.fixed(NOW, ZoneOffset.UTC), positions);
    }

    static AggregateTestFixture<TraineeRecord> traineeRecordFixture(Clock clock, LedgerPositions positions) {
        return traineeRecordFixture(clock, positions, new TestRequirements());
    }

    static AggregateTestFixture<TraineeRecord> traineeRecordFixture(TestRequirements requirements) {
        return traineeRecordFixture(Clock.fixed(NOW, ZoneOffset.UTC), new TestPositions(TestPositions.HEAD, 0), requirements);
    }

    static AggregateTestFixture<TraineeRecord> traineeRecordFixture(Clock clock, LedgerPositions positions,
                                                                    TestRequirements requirements) {
        AggregateTestFixture<TraineeRecord> fixture = new AggregateTestFixture<>(TraineeRecord.class);
        fixture.registerInjectableResource(requirements);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(new NamedPeople(new KnownUsers() {
            @Override
            public Set<LedgerRole> rolesOf(String userId) {
                return USERS.getOrDefault(userId, Set.of());
            }

            @Override
            public String whereKnown() {
                return "The test knows " + USERS.keySet() + ".";
            }
        }));
        fixture.registerInjectableResource(positions);
        fixture.registerCommandDispatchInterceptor(messages -> (index, command) ->
                command.getMetaData().containsKey(Recorder.ID_KEY) ? command
                        : command.andMetaData(recordedBy(defaultRecorder(command.getPayload()))));
        return fixture;
    }

    /** The metadata the server gives a command recorded by this person acting in this role. */
    static Map<String, Object> recordedBy(Recorder recorder) {
        return Map.of(Recorder.ID_KEY, recorder.id(), Recorder.ROLE_KEY, recorder.role());
    }

    static Map<String, Object> recordedBy(String id, LedgerRole role) {
        return recordedBy(new Recorder(id, role.name()));
    }

    /** Who the role matrix lets record each kind of entry; corrections by a coordinator. */
    static Recorder defaultRecorder(Object command) {
        if (command instanceof RecordCommitteeReviewCommand || command instanceof MoveToRequirementSetCommand) {
            return new Recorder(COMMITTEE_MEMBER_ID, LedgerRole.COMMITTEE.name());
        }
        if (command instanceof EnrollTraineeCommand || command instanceof ExtendProgramCommand
                || command instanceof CompleteProgramCommand || command instanceof WithdrawTraineeCommand
                || command instanceof CorrectEntryCommand) {
            return new Recorder(COORDINATOR_ID, LedgerRole.COORDINATOR.name());
        }
        return new Recorder(FACULTY_ID, LedgerRole.FACULTY.name());
    }

    /** An event as recorded by this person acting in this role, to use as a given. */
    static DomainEventMessage<?> recordedBy(Object event, String id, LedgerRole role) {
        return new GenericDomainEventMessage<>(TraineeRecord.class.getSimpleName(), TRAINEE_ID.value(), 0, event,
                recordedBy(id, role));
    }

    /** Where the ledger stands, as a test sets it. */
    record TestPositions(long head, long enrollment) implements LedgerPositions {

        static final long HEAD = 100;

        @Override
        public long enrollmentPosition(TraineeId traineeId, Instant enrollmentRecordedAt) {
            return enrollment;
        }
    }

    /** The instant at a wall-clock time on a day in the program's zone, Asia/Shanghai (UTC+8). */
    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    // ---- enrollment

    static EligibilityEvidence fellowEvidence() {
        return new EligibilityEvidence("Peking Union Medical College Hospital", null, LocalDate.of(2024, 6, 30),
                null, null, null);
    }

    static EligibilityEvidence residentEvidence() {
        return new EligibilityEvidence(null, "Medical Oncology Residency, Fudan", LocalDate.of(2024, 12, 31),
                null, null, null);
    }

    static EligibilityEvidence studentEvidence() {
        return new EligibilityEvidence("Shanghai Jiao Tong University School of Medicine", null, null,
                true, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 7, 15));
    }

    static Enrollment enrollment() {
        return new Enrollment();
    }

    /** The enrollment every other test starts from: a fellow, {@link #START} to {@link #END}. */
    static TraineeEnrolledEvent enrolled() {
        return enrollment().event();
    }

    static TraineeEnrolledEvent enrolledBetween(LocalDate startDate, LocalDate endDate) {
        return enrollment().between(startDate, endDate).event();
    }

    /** Builds an enrollment command, and the event with the same content to use as a given. */
    static final class Enrollment {

        private Track track = Track.FELLOW;
        private EligibilityEvidence eligibility = fellowEvidence();
        private LocalDate startDate = START;
        private LocalDate endDate = END;
        private String timeZone = ZONE.getId();
        private Instant occurredAt = ENROLLED_AT;
        private LengthApproval lengthApproval;

        Enrollment as(Track track, EligibilityEvidence eligibility) {
            this.track = track;
            this.eligibility = eligibility;
            return this;
        }

        Enrollment between(LocalDate startDate, LocalDate endDate) {
            this.startDate = startDate;
            this.endDate = endDate;
            return this;
        }

        Enrollment withLengthApproval(String reason, String approvedBy) {
            this.lengthApproval = new LengthApproval(reason, approvedBy);
            return this;
        }

        Enrollment inTimeZone(String timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        Enrollment occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        EnrollTraineeCommand command() {
            return new EnrollTraineeCommand(TRAINEE_ID, ENROLLMENT_ENTRY, occurredAt, FULL_NAME, track, eligibility,
                    startDate, endDate, timeZone, MENTOR_ID, lengthApproval);
        }

        /** As a given only: success tests spell out the event they expect. */
        TraineeEnrolledEvent event() {
            return new TraineeEnrolledEvent(TRAINEE_ID, ENROLLMENT_ENTRY, occurredAt, FULL_NAME, track, eligibility,
                    startDate, endDate, timeZone, MENTOR_ID, lengthApproval);
        }
    }

    // ---- lifecycle

    static ExtendProgramCommand extend(String entryId, LocalDate newEndDate, String reason, String approvedBy) {
        return new ExtendProgramCommand(TRAINEE_ID, entryId, YESTERDAY, newEndDate, reason, approvedBy);
    }

    static ProgramExtendedEvent extended(String entryId, LocalDate previousEndDate, LocalDate newEndDate) {
        return new ProgramExtendedEvent(TRAINEE_ID, entryId, YESTERDAY, previousEndDate, newEndDate,
                "Research project needs more time", "director-zhao");
    }

    static CompleteProgramCommand complete(String entryId, Instant occurredAt) {
        return new CompleteProgramCommand(TRAINEE_ID, entryId, occurredAt, "Completed all rotations", null);
    }

    static ProgramCompletedEvent completed(String entryId, Instant occurredAt) {
        return new ProgramCompletedEvent(TRAINEE_ID, entryId, occurredAt, "Completed all rotations");
    }

    static WithdrawTraineeCommand withdraw(String entryId, Instant occurredAt) {
        return new WithdrawTraineeCommand(TRAINEE_ID, entryId, occurredAt, "Family reasons");
    }

    static TraineeWithdrawnEvent withdrawn(String entryId, Instant occurredAt) {
        return new TraineeWithdrawnEvent(TRAINEE_ID, entryId, occurredAt, "Family reasons");
    }

    // ---- activity

    static RecordAttendanceCommand attend(String entryId, Instant occurredAt, String activityType,
            boolean presentedCase, String caseTopic) {
        return new RecordAttendanceCommand(TRAINEE_ID, entryId, occurredAt, activityType, 60, presentedCase,
                caseTopic, "Morning session");
    }

    static AttendanceRecordedEvent attended(String entryId, Instant occurredAt) {
        return new AttendanceRecordedEvent(TRAINEE_ID, entryId, occurredAt, "GRAND_ROUNDS", 60, false, null,
                "Morning session");
    }

    static RecordProcedureCommand recordProcedure(String entryId, Instant occurredAt, String procedure) {
        return new RecordProcedureCommand(TRAINEE_ID, entryId, occurredAt, procedure, ProcedureSetting.CLINICAL,
                SupervisionLevel.DIRECT_SUPERVISION, "faculty-chen", "Uneventful", null);
    }

    static ProcedureRecordedEvent procedureRecorded(String entryId, Instant occurredAt) {
        return new ProcedureRecordedEvent(TRAINEE_ID, entryId, occurredAt, "CAR_T_INFUSION_INTRAVENOUS",
                ProcedureSetting.CLINICAL, SupervisionLevel.DIRECT_SUPERVISION, "faculty-chen", "Uneventful");
    }

    static SignOffSkillCommand signOffSkill(String entryId, Instant occurredAt, String skill) {
        return new SignOffSkillCommand(TRAINEE_ID, entryId, occurredAt, skill, "faculty-chen", "Signed off on the ward", null);
    }

    static SignOffSkillCommand signOffSkill(String entryId, Instant occurredAt) {
        return signOffSkill(entryId, occurredAt, "CRS_MANAGEMENT");
    }

    static SkillSignedOffEvent skillSignedOff(String entryId, Instant occurredAt) {
        return new SkillSignedOffEvent(TRAINEE_ID, entryId, occurredAt, "CRS_MANAGEMENT", "faculty-chen",
                "Signed off on the ward");
    }

    static RecordResearchProgressCommand recordResearchProgress(String entryId, Instant occurredAt) {
        return new RecordResearchProgressCommand(TRAINEE_ID, entryId, occurredAt, "CRS biomarkers after CD19 CAR-T",
                ResearchMilestone.PROGRESS_REPORTED, "Cohort of 40 patients assembled");
    }

    // ---- evaluation

    /** All six core competencies at the same milestone level. */
    static Map<String, Integer> allCompetenciesAt(int level) {
        return TrainingCatalog.competencies().stream().collect(Collectors.toMap(c -> c.code(), c -> level));
    }

    static RecordRotationEvaluationCommand evaluateRotation(String entryId, Instant occurredAt,
            Map<String, Integer> milestoneLevels) {
        return new RecordRotationEvaluationCommand(TRAINEE_ID, entryId, occurredAt, "CAR-T inpatient ward",
                "faculty-chen", milestoneLevels, "Steady progress", null);
    }

    static RecordFacultyFeedbackCommand giveFeedback(String entryId, Instant occurredAt) {
        return new RecordFacultyFeedbackCommand(TRAINEE_ID, entryId, occurredAt, "faculty-chen",
                "Careful bedside monitoring", "Speak up at the tumor board", "Consider a research year", null);
    }

    static AssessTechnicalCompetencyCommand assess(String entryId, Instant occurredAt, String procedure, int level) {
        return new AssessTechnicalCompetencyCommand(TRAINEE_ID, entryId, occurredAt, "faculty-chen",
                TechnicalArea.PROCEDURES, procedure, level, "Good aseptic technique", null);
    }

    // ---- committee

    static RecordCommitteeReviewCommand reviewByCommittee(String entryId, Instant occurredAt, YearMonth month) {
        return reviewByCommittee(entryId, occurredAt, month, null);
    }

    /** A review that names the ledger position of the dashboard the committee looked at. */
    static RecordCommitteeReviewCommand reviewByCommittee(String entryId, Instant occurredAt, YearMonth month,
            Long basedOnLedgerPosition) {
        return new RecordCommitteeReviewCommand(TRAINEE_ID, entryId, occurredAt, month, CommitteeDecision.ON_TRACK,
                AutonomyLevel.DIRECT_SUPERVISION, "Meets expectations", "Protocol drafted", "Active at the MDT",
                "Keep presenting cases", List.of("Lead one tumor board case"), basedOnLedgerPosition);
    }

    static CommitteeReviewRecordedEvent committeeReviewed(String entryId, Instant occurredAt, YearMonth month) {
        return committeeReviewed(entryId, occurredAt, month, null);
    }

    static CommitteeReviewRecordedEvent committeeReviewed(String entryId, Instant occurredAt, YearMonth month,
            Long basedOnLedgerPosition) {
        return new CommitteeReviewRecordedEvent(TRAINEE_ID, entryId, occurredAt, month, CommitteeDecision.ON_TRACK,
                AutonomyLevel.DIRECT_SUPERVISION, "Meets expectations", "Protocol drafted", "Active at the MDT",
                "Keep presenting cases", List.of("Lead one tumor board case"), basedOnLedgerPosition);
    }

    // ---- correction

    static CorrectEntryCommand correct(String entryId, String correctedEntryId, String replacementEntryId) {
        return new CorrectEntryCommand(TRAINEE_ID, entryId, YESTERDAY, correctedEntryId, "Recorded in error",
                replacementEntryId);
    }

    static EntryCorrectedEvent corrected(String entryId, String correctedEntryId, String replacementEntryId) {
        return new EntryCorrectedEvent(TRAINEE_ID, entryId, YESTERDAY, correctedEntryId, "Recorded in error",
                replacementEntryId);
    }

    // ---- every kind of entry that must fall on a program day

    /**
     * One valid command of each kind of entry that must fall on a program day, as a function of when it
     * occurred. For {@code @MethodSource("org.cartledger.command.trainee.TraineeFixtures#entriesWithinProgram")}.
     */
    static Stream<Named<Function<Instant, Object>>> entriesWithinProgram() {
        return Stream.of(
                entry("attendance", at -> attend(NEW_ENTRY, at, "GRAND_ROUNDS", false, null)),
                entry("procedure", at -> recordProcedure(NEW_ENTRY, at, "CAR_T_INFUSION_INTRAVENOUS")),
                entry("skill", at -> signOffSkill(NEW_ENTRY, at)),
                entry("research progress", at -> recordResearchProgress(NEW_ENTRY, at)),
                entry("rotation evaluation", at -> evaluateRotation(NEW_ENTRY, at, allCompetenciesAt(3))),
                entry("faculty feedback", at -> giveFeedback(NEW_ENTRY, at)),
                entry("technical assessment", at -> assess(NEW_ENTRY, at, null, 3)),
                entry("committee review", at -> reviewByCommittee(NEW_ENTRY, at, YearMonth.from(START))));
    }

    /**
     * Every kind of entry, including the lifecycle decisions and a correction. Only for refusals that come
     * before any entry-specific rule (no record, a closed record): the correction names the enrollment,
     * which an open record would refuse as not correctable.
     */
    static Stream<Named<Function<Instant, Object>>> everyEntry() {
        return Stream.concat(entriesWithinProgram(), Stream.of(
                entry("extension", at -> new ExtendProgramCommand(TRAINEE_ID, NEW_ENTRY, at, END.plusMonths(1),
                        "Research project needs more time", "director-zhao")),
                entry("completion", at -> complete(NEW_ENTRY, at)),
                entry("withdrawal", at -> withdraw(NEW_ENTRY, at)),
                entry("correction", at -> new CorrectEntryCommand(TRAINEE_ID, NEW_ENTRY, at, ENROLLMENT_ENTRY,
                        "Recorded in error", null))));
    }

    private static Named<Function<Instant, Object>> entry(String name, Function<Instant, Object> command) {
        return Named.of(name, command);
    }
}
