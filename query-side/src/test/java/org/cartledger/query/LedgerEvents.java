package org.cartledger.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cartledger.api.activity.AttendanceRecordedEvent;
import org.cartledger.api.activity.ProcedureRecordedEvent;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.enrollment.EligibilityEvidence;
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
import org.cartledger.api.research.ResearchMilestone;
import org.cartledger.api.research.ResearchProgressRecordedEvent;

/**
 * Events of one trainee's record, as the command side writes them: a fellow in the Shanghai
 * program from 3 March to 30 June 2025. Methods that take a trainee id build the same entries for
 * someone else, for read models that hold a whole cohort.
 */
public final class LedgerEvents {

    public static final String TRAINEE_ID = "fellow-2025-017";
    public static final String FULL_NAME = "Lin Mei";
    public static final String MENTOR_ID = "mentor-wang";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate START = LocalDate.of(2025, 3, 3);
    public static final LocalDate END = LocalDate.of(2025, 6, 30);
    public static final Instant ENROLLED_AT = at(LocalDate.of(2025, 2, 20), 9, 0);
    public static final String ENROLLMENT_ENTRY = "entry-enrollment";
    public static final String SUPERVISOR_ID = "dr-zhou";

    private LedgerEvents() {
    }

    /** The instant at a wall-clock time on a day in the program's zone, Asia/Shanghai (UTC+8). */
    public static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    /** 10:00 in Shanghai on a day of 2025. */
    public static Instant on(int month, int day) {
        return at(LocalDate.of(2025, month, day), 10, 0);
    }

    public static TraineeEnrolledEvent enrolled() {
        return enrolled(TRAINEE_ID, ENROLLMENT_ENTRY, FULL_NAME, Track.FELLOW, START, END);
    }

    public static TraineeEnrolledEvent enrolled(String traineeId, String entryId, String fullName, Track track,
                                                LocalDate start, LocalDate end) {
        return enrolled(traineeId, entryId, fullName, track, start, end, MENTOR_ID);
    }

    public static TraineeEnrolledEvent enrolled(String traineeId, String entryId, String fullName, Track track,
                                                LocalDate start, LocalDate end, String mentorId) {
        return new TraineeEnrolledEvent(new TraineeId(traineeId), entryId, ENROLLED_AT, fullName, track,
                new EligibilityEvidence("Zhejiang University School of Medicine", "Medical oncology residency",
                        LocalDate.of(2024, 6, 30), null, null, null),
                start, end, ZONE.getId(), mentorId, null);
    }

    public static ProgramExtendedEvent extended(String entryId, LocalDate previousEnd, LocalDate newEnd) {
        return extended(TRAINEE_ID, entryId, previousEnd, newEnd);
    }

    public static ProgramExtendedEvent extended(String traineeId, String entryId, LocalDate previousEnd, LocalDate newEnd) {
        return new ProgramExtendedEvent(new TraineeId(traineeId), entryId, on(5, 2), previousEnd, newEnd,
                "Missed four weeks for illness", "director-chen");
    }

    public static ProgramCompletedEvent completed(String entryId, Instant at) {
        return completed(TRAINEE_ID, entryId, at);
    }

    public static ProgramCompletedEvent completed(String traineeId, String entryId, Instant at) {
        return new ProgramCompletedEvent(new TraineeId(traineeId), entryId, at, "All requirements met");
    }

    public static TraineeWithdrawnEvent withdrawn(String entryId, Instant at) {
        return withdrawn(TRAINEE_ID, entryId, at);
    }

    public static TraineeWithdrawnEvent withdrawn(String traineeId, String entryId, Instant at) {
        return new TraineeWithdrawnEvent(new TraineeId(traineeId), entryId, at, "Moved to another program");
    }

    /** A rotation evaluation rating the given competencies (codes from the catalog). */
    public static RotationEvaluationRecordedEvent evaluated(String entryId, Instant at, Map<String, Integer> levels) {
        return new RotationEvaluationRecordedEvent(new TraineeId(TRAINEE_ID), entryId, at, "Cellular therapy ward", SUPERVISOR_ID,
                levels, "Solid month");
    }

    /** Every core competency at the same milestone level. */
    public static Map<String, Integer> everyCompetencyAt(int level) {
        return TrainingCatalog.competencies().stream()
                .collect(Collectors.toMap(CatalogItem::code, competency -> level));
    }

    public static AttendanceRecordedEvent attended(String entryId, String activityType, boolean presentedCase) {
        return new AttendanceRecordedEvent(new TraineeId(TRAINEE_ID), entryId, on(4, 10), activityType, 60, presentedCase,
                presentedCase ? "Grade 3 CRS after axi-cel" : null, null);
    }

    public static ProcedureRecordedEvent performed(String entryId, String procedure, ProcedureSetting setting,
                                                   SupervisionLevel supervisionLevel) {
        return new ProcedureRecordedEvent(new TraineeId(TRAINEE_ID), entryId, on(4, 11), procedure, setting, supervisionLevel,
                SUPERVISOR_ID, null);
    }

    public static ProcedureRecordedEvent performed(String entryId, Instant at, String procedure, ProcedureSetting setting,
                                                   SupervisionLevel supervisionLevel) {
        return new ProcedureRecordedEvent(new TraineeId(TRAINEE_ID), entryId, at, procedure, setting, supervisionLevel,
                SUPERVISOR_ID, null);
    }

    public static SkillSignedOffEvent skillSignedOff(String entryId, Instant at, String skill) {
        return new SkillSignedOffEvent(new TraineeId(TRAINEE_ID), entryId, at, skill, SUPERVISOR_ID, null);
    }

    public static ResearchProgressRecordedEvent researched(String entryId, Instant at, String projectTitle,
                                                          ResearchMilestone milestone) {
        return new ResearchProgressRecordedEvent(new TraineeId(TRAINEE_ID), entryId, at, projectTitle, milestone, null);
    }

    public static CommitteeReviewRecordedEvent reviewed(String entryId, Instant at, YearMonth month,
                                                        CommitteeDecision decision, AutonomyLevel autonomy) {
        return reviewed(entryId, at, month, decision, autonomy, List.of());
    }

    public static CommitteeReviewRecordedEvent reviewed(String entryId, Instant at, YearMonth month,
                                                        CommitteeDecision decision, AutonomyLevel autonomy,
                                                        List<String> adjustedGoals) {
        return new CommitteeReviewRecordedEvent(new TraineeId(TRAINEE_ID), entryId, at, month, decision, autonomy,
                "Performing as expected", "On schedule", "Engaged", "Keep presenting at rounds", adjustedGoals,
                null);
    }

    /** A technical competency evaluation by the supervisor; procedure null for the area as a whole. */
    public static TechnicalCompetencyAssessedEvent assessed(String entryId, Instant at, TechnicalArea area, String procedure,
                                                            int level) {
        return new TechnicalCompetencyAssessedEvent(new TraineeId(TRAINEE_ID), entryId, at, SUPERVISOR_ID, area, procedure, level,
                "Level " + level + " on " + at);
    }

    public static FacultyFeedbackRecordedEvent feedback(String entryId, Instant at) {
        return new FacultyFeedbackRecordedEvent(new TraineeId(TRAINEE_ID), entryId, at, SUPERVISOR_ID, "Calm under pressure",
                "Document toxicity grading sooner", "Consider a research year");
    }

    public static EntryCorrectedEvent corrected(String entryId, String correctedEntryId, String reason,
                                                String replacementEntryId) {
        return new EntryCorrectedEvent(new TraineeId(TRAINEE_ID), entryId, on(5, 12), correctedEntryId, reason, replacementEntryId);
    }
}
