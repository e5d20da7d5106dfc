package org.cartledger.query.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.requirements.RequirementSets.INFUSION;
import static org.cartledger.query.requirements.RequirementSets.recorded;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.RequirementKind;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementProgress.Basis;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.api.requirements.RequirementStatus;
import org.junit.jupiter.api.Test;

/** Progress against a requirement set, from what of a record counts (corrections are left out before this). */
class ProgressMeasureTest {

    private static final String CRS = "CRS_MANAGEMENT";
    private static final String TUMOR_BOARD = "MDT_TUMOR_BOARD";
    private static final String PATIENT_CARE = TrainingCatalog.competencies().get(0).code();
    private static final String INFUSION_NAME = TrainingCatalog.procedure(INFUSION).orElseThrow().name();

    @Test
    void aProcedureCountsAtTheLevelRequiredOrWithLessSupervisionOnly() {
        RequirementProgress progress = measure(RequirementSets.fiveInfusions(), procedures(SupervisionLevel.OBSERVED,
                SupervisionLevel.ASSISTED, SupervisionLevel.DIRECT_SUPERVISION, SupervisionLevel.INDIRECT_SUPERVISION,
                SupervisionLevel.INDEPENDENT, null));

        RequirementStatus infusions = progress.requirements().get(0);
        assertThat(infusions.kind()).isEqualTo(RequirementKind.PROCEDURE);
        assertThat(infusions.done()).isEqualTo(3);
        assertThat(infusions.required()).isEqualTo(5);
        assertThat(infusions.missing())
                .isEqualTo("2 more " + INFUSION_NAME + " at DIRECT_SUPERVISION or with less supervision (3 of 5)");
        assertThat(progress.percent()).isEqualTo(60);
        assertThat(progress.met()).isFalse();
        assertThat(progress.missing()).containsExactly(infusions.missing());
    }

    @Test
    void enoughProceduresAtOrAboveTheLevelMeetTheRequirement() {
        RequirementProgress progress = measure(RequirementSets.fiveInfusions(), procedures(SupervisionLevel.DIRECT_SUPERVISION,
                SupervisionLevel.DIRECT_SUPERVISION, SupervisionLevel.INDEPENDENT, SupervisionLevel.INDIRECT_SUPERVISION,
                SupervisionLevel.DIRECT_SUPERVISION, SupervisionLevel.DIRECT_SUPERVISION));

        assertThat(progress.requirements().get(0).met()).isTrue();
        assertThat(progress.requirements().get(0).done()).isEqualTo(6);
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.met()).isTrue();
        assertThat(progress.missing()).isEmpty();
    }

    @Test
    void aMilestoneIsTheCompetencysLatestLevelAgainstTheLevelRequired() {
        RequirementSet set = new RequirementSet(List.of(), List.of(), List.of(),
                List.of(new RequirementSet.MilestoneMinimum(PATIENT_CARE, 4)), 0, 0);

        RequirementProgress fellShort = measure(set, counted(Map.of(), Set.of(), Map.of(), Map.of(PATIENT_CARE, 3), 0, 0));
        RequirementProgress reached = measure(set, counted(Map.of(), Set.of(), Map.of(), Map.of(PATIENT_CARE, 4), 0, 0));
        RequirementProgress unrated = measure(set, counted(Map.of(), Set.of(), Map.of(), Map.of(), 0, 0));

        assertThat(fellShort.requirements().get(0).done()).isEqualTo(3);
        assertThat(fellShort.requirements().get(0).missing()).endsWith("at milestone level 4 or above (latest 3)");
        assertThat(fellShort.percent()).isEqualTo(75);
        assertThat(reached.met()).isTrue();
        assertThat(unrated.requirements().get(0).missing()).endsWith("(not rated yet)");
        assertThat(unrated.percent()).isZero();
    }

    @Test
    void everyKindIsListedInTheSetsOrderAndThePercentIsTheMeanRoundedDown() {
        RequirementSet set = new RequirementSet(
                List.of(new RequirementSet.ProcedureMinimum(INFUSION, 3, SupervisionLevel.ASSISTED)),
                List.of(CRS),
                List.of(new RequirementSet.AttendanceMinimum(TUMOR_BOARD, 4)),
                List.of(new RequirementSet.MilestoneMinimum(PATIENT_CARE, 3)), 1, 2);
        RequirementProgress progress = measure(set, counted(Map.of(INFUSION, List.of(SupervisionLevel.ASSISTED)), Set.of(CRS),
                Map.of(TUMOR_BOARD, 1), Map.of(PATIENT_CARE, 5), 0, 1));

        assertThat(progress.requirements()).extracting(RequirementStatus::kind).containsExactly(RequirementKind.PROCEDURE,
                RequirementKind.SKILL, RequirementKind.ATTENDANCE, RequirementKind.MILESTONE,
                RequirementKind.RESEARCH_PRESENTATION, RequirementKind.COMMITTEE_REVIEW);
        // (1/3 + 1 + 1/4 + 1 + 0 + 1/2) / 6 = 0.5138…
        assertThat(progress.percent()).isEqualTo(51);
        assertThat(progress.missing()).containsExactly(
                "2 more " + INFUSION_NAME + " at ASSISTED or with less supervision (1 of 3)",
                "3 more " + TrainingCatalog.activityType(TUMOR_BOARD).orElseThrow().name() + " attended (1 of 4)",
                "1 more research presentation given (0 of 1)",
                "1 more committee review (1 of 2)");
        assertThat(progress.requirements().get(1).met()).isTrue();
    }

    @Test
    void aSkillNotSignedOffIsMissingByName() {
        RequirementSet set = new RequirementSet(List.of(), List.of(CRS), List.of(), List.of(), 0, 0);

        RequirementProgress progress = measure(set, counted(Map.of(), Set.of(), Map.of(), Map.of(), 0, 0));

        assertThat(progress.missing()).containsExactly(TrainingCatalog.skill(CRS).orElseThrow().name() + " signed off");
        assertThat(progress.percent()).isZero();
    }

    @Test
    void aPercentThatIsExactlyAHalfIsFiftyNotFortyNine() {
        RequirementSet set = new RequirementSet(
                List.of(new RequirementSet.ProcedureMinimum(INFUSION, 3, SupervisionLevel.OBSERVED)),
                List.of(), List.of(new RequirementSet.AttendanceMinimum(TUMOR_BOARD, 3)), List.of(), 0, 0);

        RequirementProgress progress = measure(set, counted(Map.of(INFUSION, List.of(SupervisionLevel.OBSERVED)), Set.of(),
                Map.of(TUMOR_BOARD, 2), Map.of(), 0, 0));

        assertThat(progress.percent()).isEqualTo(50);
    }

    @Test
    void anEmptySetIsMetAtAHundredPercent() {
        RequirementProgress progress = measure(new RequirementSet(null, null, null, null, 0, 0),
                counted(Map.of(), Set.of(), Map.of(), Map.of(), 0, 0));

        assertThat(progress.requirements()).isEmpty();
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.met()).isTrue();
    }

    @Test
    void theProgressNamesTheSetAndWhyItApplies() {
        RequirementProgress progress = ProgressMeasure.of(new ApplicableSet(recorded(Track.RESIDENT, 2, LocalDate.of(2025, 2, 1), 7,
                RequirementSets.fiveInfusions()), Basis.MOVED_BY_COMMITTEE), counted(Map.of(), Set.of(), Map.of(), Map.of(), 0, 0));

        assertThat(progress.track()).isEqualTo(Track.RESIDENT);
        assertThat(progress.version()).isEqualTo(2);
        assertThat(progress.effectiveFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(progress.basis()).isEqualTo(Basis.MOVED_BY_COMMITTEE);
    }

    private static RequirementProgress measure(RequirementSet set, CountedEntries counted) {
        return ProgressMeasure.of(new ApplicableSet(recorded(Track.FELLOW, 1, LocalDate.of(2025, 1, 1), 1, set),
                Basis.IN_FORCE_AT_ENROLLMENT), counted);
    }

    private static CountedEntries procedures(SupervisionLevel... levels) {
        return counted(Map.of(INFUSION, Arrays.asList(levels)), Set.of(), Map.of(), Map.of(), 0, 0);
    }

    private static CountedEntries counted(Map<String, List<SupervisionLevel>> procedures, Set<String> skills,
                                          Map<String, Integer> attendance, Map<String, Integer> milestones, int presentations,
                                          int reviews) {
        return new CountedEntries(procedures, skills, attendance, milestones, presentations, reviews);
    }
}
