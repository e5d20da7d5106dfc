package org.cartledger.api.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.api.research.ResearchMilestone;

/**
 * Every fixed set of values a request may carry (the enums), each value with its labels, so that a
 * client builds its forms from {@code GET /api/catalog} instead of copying the lists. The labels
 * live here, beside the catalog, rather than on the enums, which are part of stored events. A value
 * without both labels stops the ledger at start, so a new enum constant cannot go unlisted.
 */
public final class Choices {

    private static final Map<String, List<Choice>> ALL = new LinkedHashMap<>();

    static {
        add("tracks", Track.class, Map.of(
                Track.FELLOW, labels("Fellow (medical-oncology residency completed)", "进修医师（已完成肿瘤内科住院医师培训）"),
                Track.RESIDENT, labels("Resident (board-approved medical-oncology program completed)", "住院医师（已完成认证的肿瘤内科培训项目）"),
                Track.STUDENT, labels("Final-year medical student", "医学院最后一年学生")));
        add("procedureSettings", ProcedureSetting.class, Map.of(
                ProcedureSetting.SIMULATION, labels("Simulation", "模拟"),
                ProcedureSetting.CLINICAL, labels("Clinical", "临床")));
        add("supervisionLevels", SupervisionLevel.class, Map.of(
                SupervisionLevel.OBSERVED, labels("Observed", "观摩"),
                SupervisionLevel.ASSISTED, labels("Assisted", "协助"),
                SupervisionLevel.DIRECT_SUPERVISION, labels("Performed under direct supervision", "在直接指导下完成"),
                SupervisionLevel.INDIRECT_SUPERVISION, labels("Performed under indirect supervision", "在间接指导下完成"),
                SupervisionLevel.INDEPENDENT, labels("Performed independently", "独立完成")));
        add("technicalAreas", TechnicalArea.class, Map.of(
                TechnicalArea.PROCEDURES, labels("Procedures", "操作技能"),
                TechnicalArea.COMPLICATION_MANAGEMENT, labels("Complication management", "并发症处理"),
                TechnicalArea.SIMULATION_BASED_TRAINING, labels("Simulation-based training", "模拟培训")));
        add("researchMilestones", ResearchMilestone.class, Map.of(
                ResearchMilestone.PROJECT_STARTED, labels("Project started", "项目启动"),
                ResearchMilestone.PROGRESS_REPORTED, labels("Progress reported", "进展汇报"),
                ResearchMilestone.PRESENTATION_GIVEN, labels("Presentation given", "完成学术报告"),
                ResearchMilestone.PUBLICATION_SUBMITTED, labels("Publication submitted", "论文已投稿")));
        add("committeeDecisions", CommitteeDecision.class, Map.of(
                CommitteeDecision.ON_TRACK, labels("On track", "进展正常"),
                CommitteeDecision.NEEDS_FOCUSED_SUPPORT, labels("Needs focused support", "需要重点支持"),
                CommitteeDecision.REMEDIATION_PLAN, labels("Remediation plan", "制定改进计划"),
                CommitteeDecision.READY_FOR_COMPLETION, labels("Ready for completion", "可以结业")));
        add("autonomyLevels", AutonomyLevel.class, Map.of(
                AutonomyLevel.OBSERVATION_ONLY, labels("Observation only", "仅观摩"),
                AutonomyLevel.DIRECT_SUPERVISION, labels("Direct supervision", "直接指导"),
                AutonomyLevel.INDIRECT_SUPERVISION, labels("Indirect supervision", "间接指导"),
                AutonomyLevel.SUPERVISION_ON_REQUEST, labels("Supervision on request", "按需指导"),
                AutonomyLevel.INDEPENDENT_MANAGEMENT, labels("Independent management of patient cases", "独立管理病例")));
        add("traineeStatuses", TraineeStatus.class, Map.of(
                TraineeStatus.ENROLLED, labels("Enrolled", "在培"),
                TraineeStatus.COMPLETED, labels("Completed", "已结业"),
                TraineeStatus.WITHDRAWN, labels("Withdrawn", "已退出")));
        add("roles", LedgerRole.class, Map.of(
                LedgerRole.COORDINATOR, labels("Education program coordinator", "教学项目协调员"),
                LedgerRole.FACULTY, labels("Faculty", "带教老师"),
                LedgerRole.COMMITTEE, labels("Clinical competency committee", "临床能力评估委员会"),
                LedgerRole.AUDITOR, labels("Auditor", "审计员"),
                LedgerRole.TRAINEE, labels("Trainee", "学员"),
                LedgerRole.ADMIN, labels("Administrator", "系统管理员")));
    }

    private Choices() {
    }

    /** Each set by name (as {@code GET /api/catalog} lists it), its values in declaration order. */
    public static Map<String, List<Choice>> all() {
        return Collections.unmodifiableMap(ALL);
    }

    private static String[] labels(String label, String labelZh) {
        return new String[] {label, labelZh};
    }

    private static <E extends Enum<E>> void add(String name, Class<E> type, Map<E, String[]> labels) {
        Map<E, String[]> byValue = new EnumMap<>(type);
        byValue.putAll(labels);
        List<Choice> choices = Arrays.stream(type.getEnumConstants()).map(value -> {
            String[] label = byValue.get(value);
            if (label == null || label[0].isBlank() || label[1].isBlank()) {
                throw new IllegalStateException(type.getSimpleName() + "." + value.name() + " has no label in " + Choices.class.getName());
            }
            return new Choice(value.name(), label[0], label[1]);
        }).toList();
        ALL.put(name, choices);
    }
}
