package org.cartledger.web.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartledger.api.activity.AttendanceRecordedEvent;
import org.cartledger.api.activity.ProcedureRecordedEvent;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.enrollment.CompletionWaiver;
import org.cartledger.api.enrollment.EligibilityEvidence;
import org.cartledger.api.enrollment.LengthApproval;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.enrollment.ProgramExtendedEvent;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.TraineeWithdrawnEvent;
import org.cartledger.api.evaluation.FacultyFeedbackRecordedEvent;
import org.cartledger.api.evaluation.RotationEvaluationRecordedEvent;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.evaluation.TechnicalCompetencyAssessedEvent;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.requirements.TraineeMovedToRequirementSetEvent;
import org.cartledger.api.research.ResearchMilestone;
import org.cartledger.api.research.ResearchProgressRecordedEvent;
import org.cartledger.api.transcript.EntryFacts;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.web.language.LanguageConfiguration;
import org.cartledger.web.language.ProgramTime;
import org.junit.jupiter.api.Test;

/** Each kind of entry reads in the page's language, with the facts of the transcript's English summary. */
class EntrySummariesTest {

    private static final TraineeId TRAINEE = new TraineeId("F-2026-001");
    private static final Instant AT = Instant.parse("2026-04-10T02:00:00Z");
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final EntrySummaries summaries = new EntrySummaries(new LanguageConfiguration().messageSource(),
            new ProgramTime("Asia/Shanghai"));

    /** One entry of every kind, each with its optional parts, and what each language must say of it. */
    private static final List<Expected> EVERY_KIND = List.of(
            new Expected(new TraineeEnrolledEvent(TRAINEE, "e-1", AT, "林梅", Track.FELLOW,
                    new EligibilityEvidence("Zhejiang University", "Medical oncology residency", LocalDate.of(2025, 6, 30), null, null, null),
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 30), "Asia/Shanghai", "dr-wang",
                    new LengthApproval("Research year", "director-chen")),
                    "林梅以专科培训医师（Fellow）身份入学登记，培训期 2026年3月2日 至 2026年9月30日，导师 dr-wang；非标准培训时长，由 director-chen 批准：Research year",
                    "Enrolled 林梅 as Fellow, Mar 2, 2026 to Sep 30, 2026, mentor dr-wang; non-standard length approved by director-chen: Research year"),
            new Expected(new ProgramExtendedEvent(TRAINEE, "e-2", AT, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31),
                    "病假四周", "director-chen"),
                    "培训期由 2026年9月30日 延长至 2026年10月31日，由 director-chen 批准：病假四周",
                    "Program extended from Sep 30, 2026 to Oct 31, 2026, approved by director-chen: 病假四周"),
            new Expected(new ProgramCompletedEvent(TRAINEE, "e-3", AT, "Left early", new CompletionWaiver("Faculty post", "director-zhao")),
                    "完成培训：Left early；未达到的要求经 director-zhao 批准豁免：Faculty post",
                    "Program completed: Left early; requirements not met waived by director-zhao: Faculty post"),
            new Expected(new TraineeWithdrawnEvent(TRAINEE, "e-4", AT, "Moved away"), "退出培训：Moved away",
                    "Withdrawn from the program: Moved away"),
            new Expected(new AttendanceRecordedEvent(TRAINEE, "e-5", AT, "GRAND_ROUNDS", 60, true, "Grade 3 CRS", null),
                    "参加肿瘤科大查房（60 分钟）；汇报病例：Grade 3 CRS",
                    "Attended Oncology grand rounds (60 min); presented a case: Grade 3 CRS"),
            new Expected(new ProcedureRecordedEvent(TRAINEE, "e-6", AT, "CAR_T_INFUSION_INTRAVENOUS", ProcedureSetting.CLINICAL,
                    SupervisionLevel.DIRECT_SUPERVISION, "dr-zhou", "notes are not in a summary"),
                    "操作：CAR-T 静脉输注（临床），在直接指导下完成，指导老师 dr-zhou",
                    "Procedure: CAR-T infusion, intravenous (Clinical), Performed under direct supervision, supervised by dr-zhou"),
            new Expected(new SkillSignedOffEvent(TRAINEE, "e-7", AT, "CRS_MANAGEMENT", "dr-zhou", null, "dr-zhou"),
                    "技能签核：细胞因子释放综合征（CRS）处理，签核人 dr-zhou（代为记录）",
                    "Skill signed off: Cytokine release syndrome (CRS) management, by dr-zhou (recorded on their behalf)"),
            new Expected(new ResearchProgressRecordedEvent(TRAINEE, "e-8", AT, "实体瘤 CAR-T", ResearchMilestone.PROJECT_STARTED, "已立项"),
                    "科研进展，项目“实体瘤 CAR-T”：项目启动——已立项",
                    "Research, 实体瘤 CAR-T: Project started - 已立项"),
            new Expected(new RotationEvaluationRecordedEvent(TRAINEE, "e-9", AT, "细胞治疗病房", "dr-zhou",
                    Map.of("MEDICAL_KNOWLEDGE", 3, "PATIENT_CARE", 2), null),
                    "轮转评估（细胞治疗病房），评估人 dr-zhou：患者照护 2，医学知识 3",
                    "Rotation evaluation (细胞治疗病房) by dr-zhou: Patient care 2, Medical knowledge 3"),
            new Expected(new FacultyFeedbackRecordedEvent(TRAINEE, "e-10", AT, "dr-zhou", "Calm", null, null),
                    "带教反馈，反馈人 dr-zhou", "Faculty feedback from dr-zhou"),
            new Expected(new TechnicalCompetencyAssessedEvent(TRAINEE, "e-11", AT, "dr-zhou", TechnicalArea.PROCEDURES,
                    "TUMOR_BIOPSY_PREPARATION", 3, null),
                    "技术考核，操作技能（肿瘤活检准备）：等级 3，考核人 dr-zhou",
                    "Technical competency, Procedures (Tumor biopsy preparation): level 3, assessed by dr-zhou"),
            new Expected(new CommitteeReviewRecordedEvent(TRAINEE, "e-12", AT, YearMonth.of(2026, 4), CommitteeDecision.ON_TRACK,
                    AutonomyLevel.DIRECT_SUPERVISION, "Good", "On schedule", "Engaged", "Keep going", List.of(), 41L),
                    "2026年4月委员会评审：进展正常，授予自主程度：直接指导",
                    "Committee review for April 2026: On track; autonomy granted: Direct supervision"),
            new Expected(new EntryCorrectedEvent(TRAINEE, "e-13", AT, "e-7", "签错了技能", "e-14"),
                    "更正条目 e-7（由 e-14 替代）：签错了技能",
                    "Corrects entry e-7 (replaced by e-14): 签错了技能"),
            new Expected(new TraineeMovedToRequirementSetEvent(TRAINEE, "e-15", AT, 2, "采用修订后的要求"),
                    "委员会改用第 2 版培训要求：采用修订后的要求",
                    "Moved by the committee to requirement set version 2: 采用修订后的要求"));

    @Test
    void everyKindOfEntryReadsInChineseOnAChinesePage() {
        assertThat(EVERY_KIND).<Class<?>>extracting(expected -> expected.event().getClass())
                .containsExactlyInAnyOrder(LedgerEntryEvent.class.getPermittedSubclasses());
        for (Expected expected : EVERY_KIND) {
            EntrySummary said = summaries.of(line(expected.event()), CHINESE);
            assertThat(said.text()).as(LedgerEntryEvent.typeName(expected.event())).isEqualTo(expected.chinese());
            assertThat(said.language()).as("in the page's language").isNull();
        }
    }

    @Test
    void everyKindOfEntryReadsInEnglishOnAnEnglishPage() {
        for (Expected expected : EVERY_KIND) {
            EntrySummary said = summaries.of(line(expected.event()), ENGLISH);
            assertThat(said.text()).as(LedgerEntryEvent.typeName(expected.event())).isEqualTo(expected.english());
            assertThat(said.language()).isNull();
        }
    }

    @Test
    void leavesOutWhatAnEntryDoesNotHave() {
        LedgerEntryEvent plain = new AttendanceRecordedEvent(TRAINEE, "e-5", AT, "JOURNAL_CLUB", null, false, null, null);

        assertThat(summaries.of(line(plain), CHINESE).text()).isEqualTo("参加文献研读会");
        assertThat(summaries.of(line(plain), ENGLISH).text()).isEqualTo("Attended Journal club");
    }

    @Test
    void namesACatalogItemTheCatalogNoLongerListsByItsCode() {
        LedgerEntryEvent retired = new SkillSignedOffEvent(TRAINEE, "e-7", AT, "RETIRED_SKILL", "dr-zhou", null);

        assertThat(summaries.of(line(retired), CHINESE).text()).isEqualTo("技能签核：RETIRED_SKILL，签核人 dr-zhou");
    }

    @Test
    void aLineWrittenBeforeTheTranscriptKeptFactsShowsItsEnglishSummaryMarkedAsEnglish() {
        TranscriptEntryView before = new TranscriptEntryView(7, "e-7", "SkillSignedOff", AT, AT, "dr-zhou", "FACULTY",
                "Skill signed off: Tumor staging, by dr-zhou", null, null, null, null);

        EntrySummary said = summaries.of(before, CHINESE);

        assertThat(said.text()).isEqualTo("Skill signed off: Tumor staging, by dr-zhou");
        assertThat(said.language()).isEqualTo("en");
    }

    @Test
    void aKindThePagesDoNotKnowShowsItsEnglishSummary() {
        TranscriptEntryView unknown = new TranscriptEntryView(7, "e-7", "SomethingNew", AT, AT, "dr-zhou", "FACULTY",
                "Something new", null, null, null, null, Map.of("what", "new"));

        assertThat(summaries.of(unknown, CHINESE)).isEqualTo(new EntrySummary("Something new", "en"));
    }

    /** The line as the transcript serves it: its facts from the event, its English summary (not used when there are facts). */
    private static TranscriptEntryView line(LedgerEntryEvent event) {
        return new TranscriptEntryView(1, event.entryId(), LedgerEntryEvent.typeName(event), AT, AT, "dr-zhou", "FACULTY",
                "the transcript's English", null, null, null, null, EntryFacts.of(event));
    }

    private record Expected(LedgerEntryEvent event, String chinese, String english) {
    }
}
