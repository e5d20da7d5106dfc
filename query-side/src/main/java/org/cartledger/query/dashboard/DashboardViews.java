package org.cartledger.query.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.dashboard.AttendanceTally;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.dashboard.CompetencyStatus;
import org.cartledger.api.dashboard.FacultyFeedback;
import org.cartledger.api.dashboard.MilestoneRating;
import org.cartledger.api.dashboard.ProcedureTally;
import org.cartledger.api.dashboard.ResearchProjectStatus;
import org.cartledger.api.dashboard.RotationEvaluation;
import org.cartledger.api.dashboard.SkillStatus;
import org.cartledger.api.dashboard.TechnicalAssessment;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.dashboard.Trend;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.query.dashboard.DashboardState.Assessment;
import org.cartledger.query.dashboard.DashboardState.Evaluation;
import org.cartledger.query.dashboard.DashboardState.Feedback;
import org.cartledger.query.dashboard.DashboardState.Rating;
import org.cartledger.query.dashboard.DashboardState.ResearchStep;
import org.cartledger.query.dashboard.DashboardState.Review;

/**
 * Turns a folded {@link DashboardState} into the dashboard people read. Corrected entries are left
 * out; every catalog item is listed, done or not, so a gap shows as a zero rather than not at all.
 */
final class DashboardViews {

    private DashboardViews() {
    }

    /** A view while no requirement set is on record, so without progress. */
    static TraineeDashboardView of(DashboardState state, LocalDate today) {
        return of(state, today, List.of());
    }

    /**
     * A current view: whether the stored fold is behind is for the caller to add ({@code withStale}).
     *
     * @param setsOnRecord the requirement sets on record at the view's point in the ledger (now, for the live one)
     */
    static TraineeDashboardView of(DashboardState state, LocalDate today, List<RequirementSetView> setsOnRecord) {
        List<CommitteeReviewSummary> reviews = state.reviews.stream().filter(r -> state.counts(r.entryId()))
                .sorted(Comparator.comparing(Review::reviewMonth).thenComparing(Review::occurredAt))
                .map(r -> new CommitteeReviewSummary(r.entryId(), r.reviewMonth(), r.occurredAt(), r.decision(),
                        r.autonomyGranted(), r.feedback(), r.overallPerformance(), r.researchProgress(), r.teamParticipation(),
                        r.adjustedGoals() == null ? List.of() : r.adjustedGoals())).toList();
        Optional<CommitteeReviewSummary> lastReview = reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
        List<TechnicalAssessment> assessments = technicalAssessments(state);
        int skillsCompleted = (int) state.skills.stream().filter(s -> state.counts(s.entryId()))
                .map(s -> s.skill()).distinct().count();
        return new TraineeDashboardView(
                state.traineeId, state.fullName, state.track, state.status, state.startDate, state.endDate, today,
                daysDone(state, today), daysLeft(state, today),
                competencies(state), attendance(state), procedures(state),
                skillsCompleted, TrainingCatalog.skills().size(), skills(state), research(state),
                lastReview.map(CommitteeReviewSummary::autonomyGranted).orElse(null), lastReview.orElse(null),
                state.entries - state.corrected.size(), state.corrected.size(), state.ledgerPosition, null,
                milestoneHistory(state), reviews, rotationEvaluations(state), facultyFeedback(state), assessments,
                latestPerAreaAndProcedure(assessments), DashboardProgress.of(state, setsOnRecord));
    }

    /** Program days up to and including today (or the closing day), never more than the program has. */
    static long daysDone(DashboardState state, LocalDate today) {
        LocalDate last = min(min(today, state.endDate), state.closedOn);
        return last.isBefore(state.startDate) ? 0 : ChronoUnit.DAYS.between(state.startDate, last) + 1;
    }

    static long daysLeft(DashboardState state, LocalDate today) {
        if (state.status != TraineeStatus.ENROLLED) {
            return 0;
        }
        LocalDate from = today.isBefore(state.startDate) ? state.startDate.minusDays(1) : today;
        return Math.max(0, ChronoUnit.DAYS.between(from, state.endDate));
    }

    private static List<CompetencyStatus> competencies(DashboardState state) {
        Map<String, List<Rating>> byCompetency = state.ratings.stream().filter(r -> state.counts(r.entryId()))
                .sorted(Comparator.comparing(Rating::occurredAt))
                .collect(Collectors.groupingBy(Rating::competency));
        return TrainingCatalog.competencies().stream().map(competency -> {
            List<Rating> ratings = byCompetency.getOrDefault(competency.code(), List.of());
            if (ratings.isEmpty()) {
                return new CompetencyStatus(competency.code(), competency.name(), null, null, null, null, 0);
            }
            Rating latest = ratings.get(ratings.size() - 1);
            Integer previous = ratings.size() > 1 ? ratings.get(ratings.size() - 2).level() : null;
            return new CompetencyStatus(competency.code(), competency.name(), latest.level(), previous,
                    trend(latest.level(), previous), latest.occurredAt(), ratings.size());
        }).toList();
    }

    private static List<MilestoneRating> milestoneHistory(DashboardState state) {
        return state.ratings.stream().filter(r -> state.counts(r.entryId()))
                .sorted(Comparator.comparing(Rating::occurredAt))
                .map(r -> new MilestoneRating(r.entryId(), r.occurredAt(), r.competency(), r.level())).toList();
    }

    private static Trend trend(int latest, Integer previous) {
        if (previous == null) {
            return Trend.FIRST_RATING;
        }
        return latest > previous ? Trend.IMPROVING : latest < previous ? Trend.DECLINING : Trend.STEADY;
    }

    // each kind of entry grouped once by its catalog code, not scanned again per catalog item: a long record has thousands
    private static List<AttendanceTally> attendance(DashboardState state) {
        Map<String, List<DashboardState.Attendance>> byType = state.attendance.stream().filter(a -> state.counts(a.entryId()))
                .collect(Collectors.groupingBy(DashboardState.Attendance::activityType));
        return TrainingCatalog.activityTypes().stream().map(type -> {
            List<DashboardState.Attendance> attended = byType.getOrDefault(type.code(), List.of());
            int presented = (int) attended.stream().filter(DashboardState.Attendance::presentedCase).count();
            return new AttendanceTally(type.code(), type.name(), attended.size(), presented);
        }).toList();
    }

    private static List<ProcedureTally> procedures(DashboardState state) {
        Map<String, List<DashboardState.Procedure>> byProcedure = state.procedures.stream().filter(p -> state.counts(p.entryId()))
                .collect(Collectors.groupingBy(DashboardState.Procedure::procedure));
        return TrainingCatalog.procedures().stream().map(procedure -> {
            List<DashboardState.Procedure> done = byProcedure.getOrDefault(procedure.code(), List.of());
            Map<SupervisionLevel, Integer> byLevel = new EnumMap<>(SupervisionLevel.class);
            for (SupervisionLevel level : SupervisionLevel.values()) {
                byLevel.put(level, 0);
            }
            done.stream().filter(p -> p.supervisionLevel() != null).forEach(p -> byLevel.merge(p.supervisionLevel(), 1, Integer::sum));
            int simulated = (int) done.stream().filter(p -> p.setting() == ProcedureSetting.SIMULATION).count();
            return new ProcedureTally(procedure.code(), procedure.name(), done.size(), simulated, byLevel);
        }).toList();
    }

    private static List<SkillStatus> skills(DashboardState state) {
        Map<String, List<DashboardState.SkillSignOff>> bySkill = state.skills.stream().filter(s -> state.counts(s.entryId()))
                .collect(Collectors.groupingBy(DashboardState.SkillSignOff::skill));
        return TrainingCatalog.skills().stream().map(skill -> {
            List<DashboardState.SkillSignOff> signOffs = bySkill.getOrDefault(skill.code(), List.of());
            Instant first = signOffs.stream().map(DashboardState.SkillSignOff::occurredAt).min(Comparator.naturalOrder()).orElse(null);
            return new SkillStatus(skill.code(), skill.name(), skill.group(), first, signOffs.size());
        }).toList();
    }

    private static List<ResearchProjectStatus> research(DashboardState state) {
        Map<String, List<ResearchStep>> byProject = new LinkedHashMap<>();
        state.research.stream().filter(r -> state.counts(r.entryId()))
                .sorted(Comparator.comparing(ResearchStep::occurredAt))
                .forEach(r -> byProject.computeIfAbsent(r.projectTitle(), t -> new java.util.ArrayList<>()).add(r));
        return byProject.entrySet().stream().map(project -> {
            ResearchStep latest = project.getValue().get(project.getValue().size() - 1);
            return new ResearchProjectStatus(project.getKey(), latest.milestone(), latest.occurredAt(), project.getValue().size());
        }).toList();
    }

    private static List<RotationEvaluation> rotationEvaluations(DashboardState state) {
        List<String> catalogOrder = TrainingCatalog.competencies().stream().map(CatalogItem::code).toList();
        // a competency outside the catalog (none is accepted today) would go last rather than be dropped
        Comparator<String> inCatalogOrder = Comparator.<String>comparingInt(code ->
                catalogOrder.contains(code) ? catalogOrder.indexOf(code) : catalogOrder.size()).thenComparing(code -> code);
        return state.evaluations.stream().filter(e -> state.counts(e.entryId()))
                .sorted(Comparator.comparing(Evaluation::occurredAt))
                .map(e -> {
                    Map<String, Integer> levels = new LinkedHashMap<>();
                    e.milestoneLevels().keySet().stream().sorted(inCatalogOrder)
                            .forEach(code -> levels.put(code, e.milestoneLevels().get(code)));
                    return new RotationEvaluation(e.entryId(), e.occurredAt(), e.rotation(), e.evaluatorId(), levels, e.comments());
                }).toList();
    }

    private static List<FacultyFeedback> facultyFeedback(DashboardState state) {
        return state.feedback.stream().filter(f -> state.counts(f.entryId()))
                .sorted(Comparator.comparing(Feedback::occurredAt).reversed())
                .map(f -> new FacultyFeedback(f.entryId(), f.occurredAt(), f.facultyId(), f.strengths(), f.areasForImprovement(),
                        f.careerDevelopment())).toList();
    }

    private static List<TechnicalAssessment> technicalAssessments(DashboardState state) {
        return state.assessments.stream().filter(a -> state.counts(a.entryId()))
                .sorted(Comparator.comparing(Assessment::occurredAt).reversed())
                .map(a -> new TechnicalAssessment(a.entryId(), a.occurredAt(), a.area(), a.procedure(), a.level(), a.assessorId(),
                        a.comments())).toList();
    }

    /** From the assessments newest first: the first met of each area and procedure (an area assessed as a whole is one too). */
    private static List<TechnicalAssessment> latestPerAreaAndProcedure(List<TechnicalAssessment> newestFirst) {
        Map<List<Object>, TechnicalAssessment> latest = new LinkedHashMap<>();
        newestFirst.forEach(a -> latest.putIfAbsent(Arrays.asList(a.area(), a.procedure()), a));
        return latest.values().stream()
                .sorted(Comparator.comparing(TechnicalAssessment::area)
                        .thenComparing(TechnicalAssessment::procedure, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
