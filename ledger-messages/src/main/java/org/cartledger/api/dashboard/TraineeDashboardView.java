package org.cartledger.api.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;
import org.cartledger.api.requirements.RequirementProgress;

/**
 * A trainee's competency dashboard, derived from their entries alone (corrected entries excluded).
 *
 * @param programDaysDone days of the program elapsed up to {@code today}, including it
 * @param programDaysLeft days still to go after {@code today}; 0 once the program has closed
 * @param ledgerPosition  the position of the last event this view includes
 * @param stale           why the view is behind the ledger; null when it is current
 * @param milestoneHistory every milestone level counted, oldest first (what {@code competencies} sums up)
 * @param committeeReviews every committee review counted, by review month: the autonomy granted over time
 * @param rotationEvaluations every rotation evaluation counted, in the order they happened
 * @param facultyFeedback every piece of faculty feedback counted, newest first
 * @param technicalAssessments every technical competency evaluation counted, newest first
 * @param latestTechnicalAssessments the latest of them for each area and procedure, by area, then procedure
 * @param progress        progress against the requirement set the trainee is measured by, as the sets stood at the
 *                        view's point in the ledger; null when their track has no set on record
 */
public record TraineeDashboardView(
        TraineeId traineeId,
        String fullName,
        Track track,
        TraineeStatus status,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate today,
        long programDaysDone,
        long programDaysLeft,
        List<CompetencyStatus> competencies,
        List<AttendanceTally> attendance,
        List<ProcedureTally> procedures,
        int skillsCompleted,
        int skillsInCatalog,
        List<SkillStatus> skills,
        List<ResearchProjectStatus> research,
        AutonomyLevel currentAutonomy,
        CommitteeReviewSummary lastCommitteeReview,
        int entriesCounted,
        int entriesCorrected,
        long ledgerPosition,
        Staleness stale,
        List<MilestoneRating> milestoneHistory,
        List<CommitteeReviewSummary> committeeReviews,
        List<RotationEvaluation> rotationEvaluations,
        List<FacultyFeedback> facultyFeedback,
        List<TechnicalAssessment> technicalAssessments,
        List<TechnicalAssessment> latestTechnicalAssessments,
        RequirementProgress progress) {

    public TraineeDashboardView withStale(Staleness staleness) {
        return new TraineeDashboardView(traineeId, fullName, track, status, startDate, endDate, today, programDaysDone,
                programDaysLeft, competencies, attendance, procedures, skillsCompleted, skillsInCatalog, skills, research,
                currentAutonomy, lastCommitteeReview, entriesCounted, entriesCorrected, ledgerPosition, staleness,
                milestoneHistory, committeeReviews, rotationEvaluations, facultyFeedback, technicalAssessments,
                latestTechnicalAssessments, progress);
    }
}
