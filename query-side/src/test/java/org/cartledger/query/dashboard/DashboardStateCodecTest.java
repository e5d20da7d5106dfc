package org.cartledger.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.LedgerEvents.END;
import static org.cartledger.query.LedgerEvents.assessed;
import static org.cartledger.query.LedgerEvents.attended;
import static org.cartledger.query.LedgerEvents.completed;
import static org.cartledger.query.LedgerEvents.corrected;
import static org.cartledger.query.LedgerEvents.enrolled;
import static org.cartledger.query.LedgerEvents.evaluated;
import static org.cartledger.query.LedgerEvents.everyCompetencyAt;
import static org.cartledger.query.LedgerEvents.extended;
import static org.cartledger.query.LedgerEvents.feedback;
import static org.cartledger.query.LedgerEvents.on;
import static org.cartledger.query.LedgerEvents.performed;
import static org.cartledger.query.LedgerEvents.researched;
import static org.cartledger.query.LedgerEvents.reviewed;
import static org.cartledger.query.LedgerEvents.skillSignedOff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.research.ResearchMilestone;
import org.cartledger.query.dashboard.DashboardStateCodec.Item;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fold survives its trip through the JSON head and the item rows: what is read back shows the same
 * dashboard, and folds on as if it had never been stored.
 */
class DashboardStateCodecTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 15);

    private final DashboardStateCodec codec = new DashboardStateCodec(JsonMapper.builder().build());

    @Test
    void readsBackAStateThatShowsTheSameDashboard() {
        DashboardState state = aFullRecord();

        DashboardState readBack = codec.read(codec.write(state));

        assertThat(DashboardViews.of(readBack, TODAY)).isEqualTo(DashboardViews.of(state, TODAY));
    }

    @Test
    void readsBackAClosedProgramThatShowsTheSameDashboard() {
        DashboardState state = aFullRecord().apply(completed("entry-completion", on(7, 20)), 20);

        DashboardState readBack = codec.read(codec.write(state));

        TraineeDashboardView afterClosing = DashboardViews.of(readBack, LocalDate.of(2025, 8, 1));
        assertThat(afterClosing).isEqualTo(DashboardViews.of(state, LocalDate.of(2025, 8, 1)));
        assertThat(afterClosing.programDaysLeft()).isZero();
    }

    @Test
    void keepsFoldingAfterBeingReadBack() {
        DashboardState readBack = codec.read(codec.write(aFullRecord()));
        DashboardState straight = aFullRecord();

        readBack.apply(skillSignedOff("entry-later", on(5, 14), "TUMOR_STAGING"), 30)
                .apply(corrected("entry-fix-later", "entry-rounds", "Was on leave", null), 31);
        straight.apply(skillSignedOff("entry-later", on(5, 14), "TUMOR_STAGING"), 30)
                .apply(corrected("entry-fix-later", "entry-rounds", "Was on leave", null), 31);

        assertThat(DashboardViews.of(readBack, TODAY)).isEqualTo(DashboardViews.of(straight, TODAY));
        assertThat(DashboardViews.of(readBack, TODAY).entriesCorrected()).isEqualTo(2);
    }

    @Test
    void writesTheSameJsonForWhatItReadBack() {
        String json = codec.write(aFullRecord());

        assertThat(codec.write(codec.read(json))).isEqualTo(json);
    }

    @Test
    void splitIntoAHeadAndItemsAndPutTogetherAgainShowsTheSameDashboard() {
        DashboardState split = aFullRecord();
        List<Item> items = codec.takeItems(split);

        DashboardState readBack = codec.read(codec.write(split));
        items.forEach(item -> codec.add(readBack, item));

        assertThat(DashboardViews.of(readBack, TODAY)).isEqualTo(DashboardViews.of(aFullRecord(), TODAY));
        assertThat(items).extracting(Item::kind).containsOnly("rating", "attendance", "procedure", "skill", "research",
                "review", "corrected", "evaluation", "feedback", "assessment");
    }

    @Test
    void aHeadKeepsNoneOfTheListsThatGrowWithTheRecord() {
        DashboardState head = aFullRecord();
        codec.takeItems(head);

        String json = codec.write(head);

        assertThat(codec.write(codec.read(json))).isEqualTo(json);
        assertThat(DashboardViews.of(codec.read(json), TODAY).milestoneHistory()).isEmpty();
        assertThat(json).doesNotContain("entry-");
    }

    @Test
    void takesFromAHeadAndOneEventExactlyWhatTheEventAdded() {
        DashboardState head = aFullRecord();
        codec.takeItems(head);

        List<Item> added = codec.takeItems(head.apply(
                evaluated("entry-may", on(5, 31), Map.of("PATIENT_CARE", 3, "PROFESSIONALISM", 2)), 16));

        assertThat(added).extracting(Item::kind).containsExactly("rating", "rating", "evaluation");
        assertThat(added).allSatisfy(item -> assertThat(item.json()).contains("entry-may"));
    }

    @Test
    void readsBackEveryPartTheCommitteeDecidesFrom() {
        DashboardState split = aFullRecord();
        List<Item> items = codec.takeItems(split);
        DashboardState readBack = codec.read(codec.write(split));
        items.forEach(item -> codec.add(readBack, item));

        TraineeDashboardView view = DashboardViews.of(readBack, TODAY);

        assertThat(view.rotationEvaluations()).hasSize(2);
        assertThat(view.facultyFeedback()).singleElement().satisfies(f -> assertThat(f.strengths()).isEqualTo("Calm under pressure"));
        assertThat(view.technicalAssessments()).hasSize(2);
        assertThat(view.lastCommitteeReview().adjustedGoals()).containsExactly("Lead one tumor board case");
    }

    /** An entry of every kind the dashboard counts, one of them corrected, and an extension. */
    private static DashboardState aFullRecord() {
        return new DashboardState()
                .apply(enrolled(), 1)
                .apply(evaluated("entry-march", on(3, 31), everyCompetencyAt(2)), 2)
                .apply(evaluated("entry-april", on(4, 30), Map.of("PATIENT_CARE", 3, "PROFESSIONALISM", 1)), 3)
                .apply(attended("entry-rounds", "GRAND_ROUNDS", true), 4)
                .apply(attended("entry-board", "MDT_TUMOR_BOARD", false), 5)
                .apply(performed("entry-infusion", "CAR_T_INFUSION_INTRAVENOUS", ProcedureSetting.SIMULATION,
                        SupervisionLevel.OBSERVED), 6)
                .apply(skillSignedOff("entry-crs", on(4, 2), "CRS_MANAGEMENT"), 7)
                .apply(skillSignedOff("entry-crs-wrong", on(4, 3), "PATIENT_COUNSELING"), 8)
                .apply(researched("entry-research", on(3, 10), "Cytokine kinetics", ResearchMilestone.PROJECT_STARTED), 9)
                .apply(reviewed("entry-review", on(3, 28), YearMonth.of(2025, 3), CommitteeDecision.ON_TRACK,
                        AutonomyLevel.DIRECT_SUPERVISION, List.of("Lead one tumor board case")), 10)
                .apply(corrected("entry-fix", "entry-crs-wrong", "Wrong skill", null), 11)
                .apply(extended("entry-extension", END, LocalDate.of(2025, 7, 31)), 12)
                .apply(feedback("entry-feedback", on(4, 12)), 13)
                .apply(assessed("entry-assessed", on(4, 14), TechnicalArea.PROCEDURES, "CAR_T_INFUSION_INTRAVENOUS", 3), 14)
                .apply(assessed("entry-assessed-too", on(4, 15), TechnicalArea.COMPLICATION_MANAGEMENT, null, 2), 15);
    }
}
