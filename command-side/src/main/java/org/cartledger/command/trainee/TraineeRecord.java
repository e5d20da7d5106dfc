package org.cartledger.command.trainee;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.cartledger.api.activity.AttendanceRecordedEvent;
import org.cartledger.api.activity.SignOffSkillCommand;
import org.cartledger.api.activity.ProcedureRecordedEvent;
import org.cartledger.api.activity.RecordAttendanceCommand;
import org.cartledger.api.activity.RecordProcedureCommand;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.catalog.ActivityType;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.committee.RecordCommitteeReviewCommand;
import org.cartledger.api.correction.CorrectEntryCommand;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.enrollment.CompleteProgramCommand;
import org.cartledger.api.enrollment.CompletionWaiver;
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
import org.cartledger.api.evaluation.FacultyFeedbackRecordedEvent;
import org.cartledger.api.evaluation.RecordFacultyFeedbackCommand;
import org.cartledger.api.evaluation.RecordRotationEvaluationCommand;
import org.cartledger.api.evaluation.RotationEvaluationRecordedEvent;
import org.cartledger.api.evaluation.TechnicalCompetencyAssessedEvent;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.requirements.MoveToRequirementSetCommand;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.api.requirements.TraineeMovedToRequirementSetEvent;
import org.cartledger.api.research.RecordResearchProgressCommand;
import org.cartledger.api.research.ResearchProgressRecordedEvent;
import org.cartledger.command.activity.CatalogPolicy;
import org.cartledger.command.committee.LedgerPositions;
import org.cartledger.command.enrollment.CompletionPolicy;
import org.cartledger.command.enrollment.EligibilityPolicy;
import org.cartledger.command.enrollment.ProgramLengthPolicy;
import org.cartledger.command.evaluation.MilestonePolicy;
import org.cartledger.command.idempotency.KeyedRequest;
import org.cartledger.command.people.NamedPeople;
import org.cartledger.command.people.Signature;
import org.cartledger.command.requirements.RequirementsOnRecord;
import org.cartledger.command.refusal.RuleViolation;

/**
 * One trainee's training record: the consistency boundary for every rule that depends on the record
 * as a whole (enrolled or not, open or closed, program dates, one review a month, what a correction
 * may name). Each handler checks, then applies; state changes only when events are applied.
 *
 * <p>Every handler returns the new entry's id. The {@link Clock} is injected so that "not in the
 * future" is decided against the server's time, and tests can fix it. So are the policies that need to
 * know more than this record: {@link NamedPeople} (who the ledger's users are) and
 * {@link LedgerPositions} (where the ledger stands). The recorder comes in each message's metadata.
 */
@Aggregate(cache = TraineeRecordCaching.CACHE)
public class TraineeRecord {

    @AggregateIdentifier
    private TraineeId traineeId;
    private boolean enrolled;
    private String closedBy;
    private Instant closedAt;
    private ProgramWindow window;
    private final EntryLog entries = new EntryLog();
    private final Map<YearMonth, String> reviewEntryByMonth = new HashMap<>();
    /** When each committee review not corrected took place: a completion counts only those held by then. */
    private final Map<String, Instant> reviewOccurredAtByEntry = new HashMap<>();
    /** When the enrollment was recorded: where in the ledger to find its position. */
    private Instant enrollmentRecordedAt;
    private Track track;

    protected TraineeRecord() {
        // for Axon: the record is rebuilt from its events
    }

    /**
     * A request sent again with its Idempotency-Key names the entry it recorded (its entry id comes from
     * the key): answered with that entry and nothing appended, before any rule is checked against the
     * record the first request changed (a retried enrollment is not "already enrolled"). This is what keeps
     * a retry from recording twice on every event store; see {@link KeyedRequest}.
     */
    @CommandHandlerInterceptor
    public Object answerARepeatedRequest(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Optional<KeyedRequest> keyed = KeyedRequest.of(command.getMetaData());
        if (keyed.isPresent() && entries.holds(keyed.get().entryId())) {
            return keyed.get().answerWithRecorded(entries.fingerprintOf(keyed.get().entryId()));
        }
        return chain.proceed();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(EnrollTraineeCommand command, Clock clock, NamedPeople people, MetaData metaData) {
        if (enrolled) {
            throw RuleViolation.conflict("trainee-already-enrolled",
                    "Trainee '" + command.traineeId() + "' is already enrolled; a trainee is enrolled once. "
                            + "To change the program's end, record an extension.");
        }
        ProgramWindow.requireNotInFuture(command.occurredAt(), clock.instant());
        ZoneId zone = zoneOf(command.timeZone());
        ProgramLengthPolicy.check(command.startDate(), command.endDate(), command.lengthApproval());
        EligibilityPolicy.check(command.track(), command.eligibility(), command.startDate());
        LengthApproval approval = ProgramLengthPolicy.isStandardLength(command.startDate(), command.endDate())
                ? null : command.lengthApproval();
        Recorder recorder = Recorder.of(metaData);
        people.requireFaculty("mentorId", command.mentorId(), recorder);
        if (approval != null) {
            people.requireApprover("lengthApproval.approvedBy", approval.approvedBy(), recorder);
        }
        apply(new TraineeEnrolledEvent(command.traineeId(), command.entryId(), command.occurredAt(),
                command.fullName(), command.track(), command.eligibility(), command.startDate(), command.endDate(),
                zone.getId(), command.mentorId(), approval));
        return command.entryId();
    }

    @CommandHandler
    public String handle(ExtendProgramCommand command, Clock clock, NamedPeople people, MetaData metaData) {
        requireOpen();
        ProgramWindow.requireNotInFuture(command.occurredAt(), clock.instant());
        if (!command.newEndDate().isAfter(window.endDate())) {
            throw RuleViolation.unacceptable("extension-must-move-end-later",
                    "newEndDate " + command.newEndDate() + " is not after the current end date " + window.endDate() + ".");
        }
        ProgramLengthPolicy.check(window.startDate(), command.newEndDate(),
                new LengthApproval(command.reason(), command.approvedBy()));
        people.requireApprover("approvedBy", command.approvedBy(), Recorder.of(metaData));
        apply(new ProgramExtendedEvent(traineeId, command.entryId(), command.occurredAt(), window.endDate(),
                command.newEndDate(), command.reason(), command.approvedBy()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(CompleteProgramCommand command, Clock clock, NamedPeople people, MetaData metaData,
                         RequirementsOnRecord requirements) {
        requireOpen();
        ProgramWindow.requireNotInFuture(command.occurredAt(), clock.instant());
        LocalDate day = command.occurredAt().atZone(window.zone()).toLocalDate();
        if (day.isBefore(window.startDate())) {
            throw RuleViolation.unacceptable("completion-before-start",
                    "A program cannot be completed on " + day + ", before it starts on " + window.startDate() + ".");
        }
        CompletionWaiver waiver = command.waiver();
        int reviewsByThen = (int) reviewOccurredAtByEntry.values().stream().filter(at -> !at.isAfter(command.occurredAt())).count();
        CompletionPolicy.check(window.startDate(), day, reviewsByThen, requirements.progressOf(traineeId).orElse(null), waiver);
        if (waiver != null) {
            people.requireApprover("waiver.approvedBy", waiver.approvedBy(), Recorder.of(metaData));
        }
        apply(new ProgramCompletedEvent(traineeId, command.entryId(), command.occurredAt(), command.summary(), waiver));
        return command.entryId();
    }

    /**
     * The committee measures the trainee against a newer set of their track's requirements: one on record, newer than
     * the one they are measured by now (moving back would unmeet what they were told they met).
     */
    @CommandHandler
    public String handle(MoveToRequirementSetCommand command, Clock clock, RequirementsOnRecord requirements) {
        requireOpen();
        ProgramWindow.requireNotInFuture(command.occurredAt(), clock.instant());
        List<Integer> versions = requirements.setsOf(track).stream().map(RequirementSetView::version).toList();
        if (!versions.contains(command.version())) {
            throw RuleViolation.unacceptable("requirement-set-not-found",
                    "version " + command.version() + " is not a requirement set of track " + track + "; on record: "
                            + (versions.isEmpty() ? "none" : versions) + ".");
        }
        int current = requirements.progressOf(traineeId).map(RequirementProgress::version).orElse(0);
        if (command.version() <= current) {
            throw RuleViolation.unacceptable("requirement-set-not-newer",
                    "version " + command.version() + " is not newer than version " + current + ", which trainee '" + traineeId
                            + "' is measured by now. The committee moves a trainee to a newer set only.");
        }
        apply(new TraineeMovedToRequirementSetEvent(traineeId, command.entryId(), command.occurredAt(), command.version(),
                command.reason()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(WithdrawTraineeCommand command, Clock clock) {
        requireOpen();
        ProgramWindow.requireNotInFuture(command.occurredAt(), clock.instant());
        apply(new TraineeWithdrawnEvent(traineeId, command.entryId(), command.occurredAt(), command.reason()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RecordAttendanceCommand command, Clock clock) {
        requireWithinProgram(command.occurredAt(), clock);
        ActivityType type = CatalogPolicy.activityType(command.activityType());
        if (command.presentedCase() && !type.casePresentation()) {
            throw RuleViolation.unacceptable("case-presentation-not-offered",
                    "Cases are presented at rounds and tumor boards, not at " + type.name() + " (" + type.code() + ").");
        }
        if (command.presentedCase() && (command.caseTopic() == null || command.caseTopic().isBlank())) {
            throw RuleViolation.unacceptable("case-topic-required",
                    "presentedCase is true, so caseTopic must say which case was presented.");
        }
        apply(new AttendanceRecordedEvent(traineeId, command.entryId(), command.occurredAt(), type.code(),
                command.durationMinutes(), command.presentedCase(), command.caseTopic(), command.notes()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RecordProcedureCommand command, Clock clock, NamedPeople people, MetaData metaData) {
        requireWithinProgram(command.occurredAt(), clock);
        CatalogPolicy.procedure(command.procedure());
        Signature supervisor = people.signer("supervisorId", command.supervisorId(), command.onBehalfOf(), Recorder.of(metaData));
        apply(new ProcedureRecordedEvent(traineeId, command.entryId(), command.occurredAt(), command.procedure(),
                command.setting(), command.supervisionLevel(), supervisor.signer(), command.notes(), supervisor.onBehalfOf()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(SignOffSkillCommand command, Clock clock, NamedPeople people, MetaData metaData) {
        requireWithinProgram(command.occurredAt(), clock);
        CatalogPolicy.skill(command.skill());
        Signature signature = people.signer("signedOffBy", command.signedOffBy(), command.onBehalfOf(), Recorder.of(metaData));
        apply(new SkillSignedOffEvent(traineeId, command.entryId(), command.occurredAt(), command.skill(),
                signature.signer(), command.notes(), signature.onBehalfOf()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RecordResearchProgressCommand command, Clock clock) {
        requireWithinProgram(command.occurredAt(), clock);
        apply(new ResearchProgressRecordedEvent(traineeId, command.entryId(), command.occurredAt(),
                command.projectTitle(), command.milestone(), command.summary()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RecordRotationEvaluationCommand command, Clock clock, NamedPeople people, MetaData metaData) {
        requireWithinProgram(command.occurredAt(), clock);
        MilestonePolicy.checkRotationRatings(command.milestoneLevels());
        Signature evaluator = people.signer("evaluatorId", command.evaluatorId(), command.onBehalfOf(), Recorder.of(metaData));
        apply(new RotationEvaluationRecordedEvent(traineeId, command.entryId(), command.occurredAt(),
                command.rotation(), evaluator.signer(), command.milestoneLevels(), command.comments(), evaluator.onBehalfOf()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RecordFacultyFeedbackCommand command, Clock clock, NamedPeople people, MetaData metaData) {
        requireWithinProgram(command.occurredAt(), clock);
        Signature faculty = people.signer("facultyId", command.facultyId(), command.onBehalfOf(), Recorder.of(metaData));
        apply(new FacultyFeedbackRecordedEvent(traineeId, command.entryId(), command.occurredAt(),
                faculty.signer(), command.strengths(), command.areasForImprovement(), command.careerDevelopment(),
                faculty.onBehalfOf()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(AssessTechnicalCompetencyCommand command, Clock clock, NamedPeople people, MetaData metaData) {
        requireWithinProgram(command.occurredAt(), clock);
        MilestonePolicy.checkLevel("level", command.level());
        if (command.procedure() != null) {
            CatalogPolicy.procedure(command.procedure());
        }
        Signature assessor = people.signer("assessorId", command.assessorId(), command.onBehalfOf(), Recorder.of(metaData));
        apply(new TechnicalCompetencyAssessedEvent(traineeId, command.entryId(), command.occurredAt(),
                assessor.signer(), command.area(), command.procedure(), command.level(), command.comments(),
                assessor.onBehalfOf()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RecordCommitteeReviewCommand command, Clock clock, LedgerPositions positions) {
        requireWithinProgram(command.occurredAt(), clock);
        YearMonth month = command.reviewMonth();
        if (month.isBefore(YearMonth.from(window.startDate())) || month.isAfter(YearMonth.from(window.endDate()))) {
            throw RuleViolation.unacceptable("review-month-outside-program",
                    "reviewMonth " + month + " is outside the program (" + window.startDate() + " to " + window.endDate() + ").");
        }
        requireMonthBegun(month, command.occurredAt(), clock.instant());
        Long basis = command.basedOnLedgerPosition();
        if (basis != null && basis < 0) {
            throw RuleViolation.unacceptable("review-basis-not-a-ledger-position",
                    "basedOnLedgerPosition " + basis + " is not a ledger position. Give the "
                            + "ledgerPosition of the dashboard the committee looked at, or leave it out to base the review "
                            + "on everything recorded before it.");
        }
        if (basis != null) {
            requireBasisWithinRecord(basis, positions);
        }
        if (reviewEntryByMonth.containsKey(month)) {
            throw RuleViolation.conflict("one-committee-review-per-month",
                    "Trainee '" + traineeId + "' already has a committee review for " + month
                            + ". To change it, correct that review and record the new one.");
        }
        apply(new CommitteeReviewRecordedEvent(traineeId, command.entryId(), command.occurredAt(), month,
                command.decision(), command.autonomyGranted(), command.overallPerformance(), command.researchProgress(),
                command.teamParticipation(), command.feedback(),
                command.adjustedGoals() == null ? List.of() : command.adjustedGoals(), command.basedOnLedgerPosition()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(CorrectEntryCommand command, Clock clock, MetaData metaData) {
        requireOpen();
        ProgramWindow.requireNotInFuture(command.occurredAt(), clock.instant());
        entries.requireCorrectable(traineeId, command.correctedEntryId(), command.replacementEntryId(), Recorder.of(metaData));
        apply(new EntryCorrectedEvent(traineeId, command.entryId(), command.occurredAt(), command.correctedEntryId(),
                command.reason(), command.replacementEntryId()));
        return command.entryId();
    }

    /**
     * The record's state changes here and only here, as each event is applied or replayed: the
     * visitor below is this handler's body, one method per kind of entry.
     */
    @EventSourcingHandler
    void on(LedgerEntryEvent event, MetaData metaData, @Timestamp Instant recordedAt) {
        entries.record(event, Recorder.of(metaData), KeyedRequest.fingerprintOf(metaData));
        event.accept(new LedgerEntryEvent.Visitor<Void>() {
            @Override
            public Void visit(TraineeEnrolledEvent enrolledEvent) {
                traineeId = enrolledEvent.traineeId();
                enrolled = true;
                enrollmentRecordedAt = recordedAt;
                track = enrolledEvent.track();
                window = new ProgramWindow(enrolledEvent.startDate(), enrolledEvent.endDate(), ZoneId.of(enrolledEvent.timeZone()));
                return null;
            }

            @Override
            public Void visit(ProgramExtendedEvent extended) {
                window = window.withEndDate(extended.newEndDate());
                return null;
            }

            @Override
            public Void visit(ProgramCompletedEvent completed) {
                return close(completed);
            }

            @Override
            public Void visit(TraineeWithdrawnEvent withdrawn) {
                return close(withdrawn);
            }

            @Override
            public Void visit(CommitteeReviewRecordedEvent review) {
                reviewEntryByMonth.put(review.reviewMonth(), review.entryId());
                reviewOccurredAtByEntry.put(review.entryId(), review.occurredAt());
                return null;
            }

            @Override
            public Void visit(EntryCorrectedEvent corrected) {
                // a corrected committee review frees its month for the review recorded in its place
                reviewEntryByMonth.values().remove(corrected.correctedEntryId());
                reviewOccurredAtByEntry.remove(corrected.correctedEntryId());
                return null;
            }

            // entries that no rule of the record depends on beyond the entry log
            @Override
            public Void visit(AttendanceRecordedEvent attendance) {
                return null;
            }

            @Override
            public Void visit(ProcedureRecordedEvent procedure) {
                return null;
            }

            @Override
            public Void visit(SkillSignedOffEvent signOff) {
                return null;
            }

            @Override
            public Void visit(ResearchProgressRecordedEvent research) {
                return null;
            }

            @Override
            public Void visit(RotationEvaluationRecordedEvent evaluation) {
                return null;
            }

            @Override
            public Void visit(FacultyFeedbackRecordedEvent feedback) {
                return null;
            }

            @Override
            public Void visit(TechnicalCompetencyAssessedEvent assessment) {
                return null;
            }

            @Override
            public Void visit(TraineeMovedToRequirementSetEvent moved) {
                return null;
            }

            private Void close(LedgerEntryEvent closing) {
                closedBy = LedgerEntryEvent.typeName(closing);
                closedAt = closing.occurredAt();
                return null;
            }
        });
    }

    /** The committee reviews a month that has begun: the current one or one that has passed. */
    private void requireMonthBegun(YearMonth month, Instant occurredAt, Instant now) {
        YearMonth current = YearMonth.from(now.atZone(window.zone()));
        YearMonth ofMeeting = YearMonth.from(occurredAt.atZone(window.zone()));
        YearMonth latest = ofMeeting.isBefore(current) ? ofMeeting : current;
        if (month.isAfter(latest)) {
            throw RuleViolation.unacceptable("review-month-not-begun",
                    "reviewMonth " + month + " has not begun: the review is dated " + occurredAt.atZone(window.zone()).toLocalDate()
                            + " and today is " + now.atZone(window.zone()).toLocalDate() + " (" + window.zone() + "). "
                            + "A committee reviews the current month or one that has passed; check the month.");
        }
    }

    /** A dashboard the committee looked at lies between this trainee's enrollment and the head of the ledger. */
    private void requireBasisWithinRecord(long basis, LedgerPositions positions) {
        long head = positions.head();
        if (basis > head) {
            throw RuleViolation.unacceptable("review-basis-beyond-head",
                    "basedOnLedgerPosition " + basis + " is beyond the head of the ledger (" + head + "): no dashboard "
                            + "has shown it. Give the ledgerPosition of the dashboard the committee looked at, or leave it out.");
        }
        long enrollment = positions.enrollmentPosition(traineeId, enrollmentRecordedAt);
        if (basis < enrollment) {
            throw RuleViolation.unacceptable("review-basis-before-enrollment",
                    "basedOnLedgerPosition " + basis + " is before trainee '" + traineeId + "' was enrolled (position "
                            + enrollment + "), so it shows nothing of this record. Give the ledgerPosition of the dashboard "
                            + "the committee looked at, or leave it out.");
        }
    }

    private void requireOpen() {
        if (closedBy != null) {
            throw RuleViolation.conflict("record-closed",
                    "Trainee '" + traineeId + "' left the program (" + closedBy + " at " + closedAt
                            + "); the record is closed to new entries.");
        }
    }

    private void requireWithinProgram(Instant occurredAt, Clock clock) {
        requireOpen();
        window.requireContains(occurredAt, clock.instant());
    }

    private static ZoneId zoneOf(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw RuleViolation.unacceptable("unknown-time-zone",
                    "timeZone '" + timeZone + "' is not a time zone id such as Asia/Shanghai.");
        }
    }
}
