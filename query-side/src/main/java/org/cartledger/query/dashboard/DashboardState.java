package org.cartledger.query.dashboard;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartledger.api.activity.AttendanceRecordedEvent;
import org.cartledger.api.activity.ProcedureRecordedEvent;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.enrollment.ProgramExtendedEvent;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.TraineeWithdrawnEvent;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.evaluation.FacultyFeedbackRecordedEvent;
import org.cartledger.api.evaluation.RotationEvaluationRecordedEvent;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.evaluation.TechnicalCompetencyAssessedEvent;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.requirements.TraineeMovedToRequirementSetEvent;
import org.cartledger.api.research.ResearchMilestone;
import org.cartledger.api.research.ResearchProgressRecordedEvent;

/**
 * One trainee's dashboard as a fold over their events: {@link #apply} takes the events in ledger
 * order, and {@link DashboardViews#of} turns the result into the view. The live projection keeps
 * this state in PostgreSQL; anything outside the query side that wants the dashboard at another point
 * in the ledger feeds the same events to the same code through {@link DashboardFold}.
 *
 * <p>It keeps each counted entry (with its id) rather than running totals, because a correction
 * may take any earlier entry back out.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class DashboardState {

    TraineeId traineeId;
    String fullName;
    Track track;
    TraineeStatus status;
    LocalDate startDate;
    LocalDate endDate;
    String timeZone;
    LocalDate closedOn;
    int entries;
    long ledgerPosition;
    /** Where and on which day (in the program's zone) the enrollment was recorded: which requirement set was in force. */
    long enrolledAtPosition;
    LocalDate enrolledOn;
    /** The version of the latest move, corrected or not (kept for its readers; {@link #movedToVersion} is what counts). */
    Integer movedToRequirementVersion;
    /** Every move, oldest first, kept in the head (moves are few): a correction of the latest gives way to the one before. */
    List<RequirementMove> requirementMoves = new ArrayList<>();
    // not final: Jackson 3 does not write into final fields when it reads the stored state back
    List<Rating> ratings = new ArrayList<>();
    List<Attendance> attendance = new ArrayList<>();
    List<Procedure> procedures = new ArrayList<>();
    List<SkillSignOff> skills = new ArrayList<>();
    List<ResearchStep> research = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    List<Evaluation> evaluations = new ArrayList<>();
    List<Feedback> feedback = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    Set<String> corrected = new LinkedHashSet<>();

    record Rating(String entryId, Instant occurredAt, String competency, int level) {
    }

    record RequirementMove(String entryId, int version) {
    }

    record Attendance(String entryId, String activityType, boolean presentedCase) {
    }

    // occurredAt came with requirements (is a procedure above the autonomy granted since?): null in items stored
    // before it, which query V6 rebuilt
    record Procedure(String entryId, String procedure, ProcedureSetting setting, SupervisionLevel supervisionLevel,
                     Instant occurredAt) {
    }

    record SkillSignOff(String entryId, Instant occurredAt, String skill) {
    }

    record ResearchStep(String entryId, Instant occurredAt, String projectTitle, ResearchMilestone milestone) {
    }

    // the texts and goals came later: a review stored before them reads them as null (query V5 rebuilt them all)
    record Review(String entryId, Instant occurredAt, YearMonth reviewMonth, CommitteeDecision decision,
                  AutonomyLevel autonomyGranted, String feedback, String overallPerformance, String researchProgress,
                  String teamParticipation, List<String> adjustedGoals) {
    }

    /** A rotation evaluation whole; its levels are also kept as {@link Rating}s, which the competencies sum up. */
    record Evaluation(String entryId, Instant occurredAt, String rotation, String evaluatorId,
                      Map<String, Integer> milestoneLevels, String comments) {
    }

    record Feedback(String entryId, Instant occurredAt, String facultyId, String strengths, String areasForImprovement,
                    String careerDevelopment) {
    }

    record Assessment(String entryId, Instant occurredAt, String assessorId, TechnicalArea area, String procedure, int level,
                      String comments) {
    }

    DashboardState apply(LedgerEntryEvent event, long position) {
        entries++;
        ledgerPosition = position;
        event.accept(new Changes());
        return this;
    }

    /** What each kind of entry changes on the dashboard; entries it does not show are still counted above. */
    private final class Changes implements LedgerEntryEvent.Visitor<Void> {

        @Override
        public Void visit(TraineeEnrolledEvent e) {
            traineeId = e.traineeId();
            fullName = e.fullName();
            track = e.track();
            status = TraineeStatus.ENROLLED;
            startDate = e.startDate();
            endDate = e.endDate();
            timeZone = e.timeZone();
            enrolledAtPosition = ledgerPosition;
            enrolledOn = e.occurredAt().atZone(ZoneId.of(e.timeZone())).toLocalDate();
            return null;
        }

        @Override
        public Void visit(ProgramExtendedEvent e) {
            endDate = e.newEndDate();
            return null;
        }

        @Override
        public Void visit(ProgramCompletedEvent e) {
            close(TraineeStatus.COMPLETED, e.occurredAt());
            return null;
        }

        @Override
        public Void visit(TraineeWithdrawnEvent e) {
            close(TraineeStatus.WITHDRAWN, e.occurredAt());
            return null;
        }

        @Override
        public Void visit(RotationEvaluationRecordedEvent e) {
            e.milestoneLevels().forEach((competency, level) ->
                    ratings.add(new Rating(e.entryId(), e.occurredAt(), competency, level)));
            evaluations.add(new Evaluation(e.entryId(), e.occurredAt(), e.rotation(), e.evaluatorId(), e.milestoneLevels(),
                    e.comments()));
            return null;
        }

        @Override
        public Void visit(AttendanceRecordedEvent e) {
            attendance.add(new Attendance(e.entryId(), e.activityType(), e.presentedCase()));
            return null;
        }

        @Override
        public Void visit(ProcedureRecordedEvent e) {
            procedures.add(new Procedure(e.entryId(), e.procedure(), e.setting(), e.supervisionLevel(), e.occurredAt()));
            return null;
        }

        @Override
        public Void visit(SkillSignedOffEvent e) {
            skills.add(new SkillSignOff(e.entryId(), e.occurredAt(), e.skill()));
            return null;
        }

        @Override
        public Void visit(ResearchProgressRecordedEvent e) {
            research.add(new ResearchStep(e.entryId(), e.occurredAt(), e.projectTitle(), e.milestone()));
            return null;
        }

        @Override
        public Void visit(CommitteeReviewRecordedEvent e) {
            reviews.add(new Review(e.entryId(), e.occurredAt(), e.reviewMonth(), e.decision(), e.autonomyGranted(), e.feedback(),
                    e.overallPerformance(), e.researchProgress(), e.teamParticipation(),
                    e.adjustedGoals() == null ? List.of() : e.adjustedGoals()));
            return null;
        }

        @Override
        public Void visit(EntryCorrectedEvent e) {
            corrected.add(e.correctedEntryId());
            return null;
        }

        @Override
        public Void visit(TraineeMovedToRequirementSetEvent e) {
            movedToRequirementVersion = e.version();
            requirementMoves.add(new RequirementMove(e.entryId(), e.version()));
            return null;
        }

        @Override
        public Void visit(FacultyFeedbackRecordedEvent e) {
            feedback.add(new Feedback(e.entryId(), e.occurredAt(), e.facultyId(), e.strengths(), e.areasForImprovement(),
                    e.careerDevelopment()));
            return null;
        }

        @Override
        public Void visit(TechnicalCompetencyAssessedEvent e) {
            assessments.add(new Assessment(e.entryId(), e.occurredAt(), e.assessorId(), e.area(), e.procedure(), e.level(),
                    e.comments()));
            return null;
        }
    }

    private void close(TraineeStatus closedStatus, Instant at) {
        status = closedStatus;
        closedOn = at.atZone(ZoneId.of(timeZone)).toLocalDate();
    }

    boolean counts(String entryId) {
        return !corrected.contains(entryId);
    }

    /** The version of the latest move that has not been corrected; null when there is none. */
    Integer movedToVersion() {
        for (int i = requirementMoves.size() - 1; i >= 0; i--) {
            if (counts(requirementMoves.get(i).entryId())) {
                return requirementMoves.get(i).version();
            }
        }
        return null;
    }
}
